package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.risk.Feature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole method on one sample: {@link MonotoneBinning} per candidate feature, {@link FeatureSelection}, then
 * {@link LogisticRegression} on the kept features' WoE. A kept feature whose coefficient comes out positive (more
 * evidence of "good" raising the PD: a sign the WoE of correlated features is shared out badly) is dropped, the one
 * with the largest coefficient first, and the selection and the regression redone without it (a feature it had
 * shadowed by correlation gets its chance): a scorecard must never give points against its own bins' bad rates.
 * Deterministic.
 */
final class ScorecardFit {

    /**
     * @param kept    the features in the model, in the order of their coefficients
     * @param choices every candidate, why kept or dropped (after the sign check)
     */
    record Result(
            Map<Feature, BinnedFeature> binned,
            List<FeatureSelection.Choice> choices,
            List<Feature> kept,
            LogisticRegression.Fit regression,
            long firms,
            long defaults) {

        double coefficient(Feature f) {
            int i = kept.indexOf(f);
            return i < 0 ? 0 : regression.coefficients()[i];
        }
    }

    private final List<FitFirm> firms;
    private final List<Feature> candidates;
    private final FitOptions options;

    ScorecardFit(List<FitFirm> firms, List<Feature> candidates, FitOptions options) {
        this.firms = firms;
        this.candidates = candidates;
        this.options = options;
    }

    Result run() {
        var bad = firms.stream().map(FitFirm::defaulted).toList();
        var binned = new HashMap<Feature, BinnedFeature>();
        var woe = new HashMap<Feature, double[]>();
        var list = new ArrayList<FeatureSelection.Candidate>();
        for (var f : candidates) {
            var values = firms.stream().map(r -> r.values().get(f)).toList();
            var b = new MonotoneBinning(f, values, bad, options.bins(), options.minShare()).run();
            var column = values.stream().mapToDouble(b::woe).toArray();
            binned.put(f, b);
            woe.put(f, column);
            list.add(new FeatureSelection.Candidate(b, column));
        }
        var y = new boolean[firms.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = bad.get(i);
        }
        var wrongSign = new LinkedHashMap<Feature, FeatureSelection.Choice>();
        while (true) {
            var pool = list.stream()
                    .filter(c -> !wrongSign.containsKey(c.binned().feature()))
                    .toList();
            var choices = new FeatureSelection(pool, options.minIv(), options.maxCorrelation()).run();
            var kept = choices.stream()
                    .filter(FeatureSelection.Choice::kept)
                    .map(FeatureSelection.Choice::feature)
                    .toList();
            var x = new double[firms.size()][kept.size()];
            for (int j = 0; j < kept.size(); j++) {
                var column = woe.get(kept.get(j));
                for (int i = 0; i < x.length; i++) {
                    x[i][j] = column[i];
                }
            }
            var fit = new LogisticRegression(x, y, options.l2()).run();
            int worst = -1;
            for (int j = 0; j < kept.size(); j++) {
                if (fit.coefficients()[j] >= 0 && (worst < 0 || fit.coefficients()[j] > fit.coefficients()[worst])) {
                    worst = j;
                }
            }
            if (worst < 0) {
                var all = new ArrayList<>(choices);
                all.addAll(wrongSign.values());
                all.sort(Comparator.comparingDouble((FeatureSelection.Choice c) -> -c.iv())
                        .thenComparing(c -> c.feature().key()));
                long defaults = bad.stream().filter(b -> b).count();
                return new Result(Map.copyOf(binned), List.copyOf(all), kept, fit, y.length, defaults);
            }
            var dropped = kept.get(worst);
            wrongSign.put(
                    dropped,
                    new FeatureSelection.Choice(
                            dropped,
                            binned.get(dropped).iv(),
                            false,
                            String.format(
                                    Locale.ROOT,
                                    "coefficient %+.3f has the wrong sign next to the other features; dropped, and the"
                                            + " selection and fit redone without it",
                                    fit.coefficients()[worst])));
        }
    }
}
