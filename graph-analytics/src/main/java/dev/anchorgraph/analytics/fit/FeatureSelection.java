package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.risk.Feature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the features the regression sees, and says why for each one.
 *
 * <ol>
 *   <li>Features in order of information value, highest first (ties by name).</li>
 *   <li>IV below {@code minIv} (default 0.02, the usual "not predictive" line): dropped.</li>
 *   <li>A feature whose WoE values correlate with an already kept feature's at |Pearson r| above
 *       {@code maxCorrelation} (default 0.7): dropped, since the kept one has the higher IV and carries the same
 *       evidence; two such features would share (and destabilise) one coefficient.</li>
 * </ol>
 * Cost O(f² n) for f features and n firms. Deterministic.
 */
final class FeatureSelection {

    static final double DEFAULT_MIN_IV = 0.02;
    static final double DEFAULT_MAX_CORRELATION = 0.7;

    /** @param reason why it was kept or dropped, in words */
    record Choice(Feature feature, double iv, boolean kept, String reason) {}

    /** A candidate: its binning and its WoE value per firm (all candidates list the firms in the same order). */
    record Candidate(BinnedFeature binned, double[] woe) {}

    private final List<Candidate> candidates;
    private final double minIv;
    private final double maxCorrelation;

    FeatureSelection(List<Candidate> candidates, double minIv, double maxCorrelation) {
        this.candidates = candidates;
        this.minIv = minIv;
        this.maxCorrelation = maxCorrelation;
    }

    /** @return one choice per candidate, highest IV first */
    List<Choice> run() {
        var ordered = candidates.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.binned().iv())
                        .thenComparing(c -> c.binned().feature().key()))
                .toList();
        var kept = new ArrayList<Candidate>();
        var choices = new ArrayList<Choice>();
        for (var c : ordered) {
            var f = c.binned().feature();
            double iv = c.binned().iv();
            if (!(iv >= minIv)) {
                choices.add(new Choice(f, iv, false, String.format(Locale.ROOT, "IV %.4f below %.2f", iv, minIv)));
                continue;
            }
            Candidate twin = null;
            double r = 0;
            for (var k : kept) {
                r = correlation(c.woe(), k.woe());
                if (Math.abs(r) > maxCorrelation) {
                    twin = k;
                    break;
                }
            }
            if (twin != null) {
                choices.add(new Choice(
                        f,
                        iv,
                        false,
                        String.format(
                                Locale.ROOT,
                                "WoE correlates %.2f with %s, which has the higher IV",
                                r,
                                twin.binned().feature().key())));
            } else {
                kept.add(c);
                choices.add(new Choice(f, iv, true, String.format(Locale.ROOT, "IV %.4f", iv)));
            }
        }
        return List.copyOf(choices);
    }

    /** Pearson correlation; 0 when either side is constant. */
    static double correlation(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
