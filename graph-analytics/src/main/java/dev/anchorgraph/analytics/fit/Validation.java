package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.analytics.backtest.Backtest;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * The figures a model-risk team asks for, from the fitted model file itself (each firm scored by {@link Scorecard}
 * with it, so what is validated is what {@code score --model} will do):
 *
 * <ul>
 *   <li>AUC, Gini, KS and tier bad rates on the fitting sample and on the hold-out ({@link Backtest});</li>
 *   <li>calibration per tier on the hold-out: predicted PD (the mean of each firm's PD from its score) against the
 *       observed default rate, with the two-sided exact binomial test of "the observed defaults come from the
 *       predicted PD" (a small p-value, say below 0.05, says the tier's PD is off);</li>
 *   <li>PSI, the population stability index, {@code Σ (h − f) × ln(h / f)} over buckets, with f and h the shares of
 *       the fitting and hold-out firms in a bucket (0.5 added to each count): of the score over the deciles of the
 *       fitting sample's scores, and of each feature over its bins. Below 0.1 stable, 0.1–0.25 watch, above 0.25 the
 *       populations differ.</li>
 * </ul>
 * Cost O(n log n). The insufficient-data rule is not applied here: only scored firms are fitted and validated.
 */
final class Validation {

    record TierCalibration(
            String tier, long firms, long defaults, double observedPd, double predictedPd, double binomialP) {}

    record Figures(
            Backtest.Result fitting,
            Backtest.Result holdout,
            List<TierCalibration> calibration,
            double scorePsi,
            Map<String, Double> featurePsi) {}

    private final RiskModel model;
    private final PointsScaling scaling;
    private final ScorecardFit.Result fit;

    Validation(RiskModel model, PointsScaling scaling, ScorecardFit.Result fit) {
        this.model = new RiskModel(
                model.version(),
                model.description(),
                model.base(),
                model.tiers(),
                model.stableBuyer(),
                model.largeBuyerPercentile(),
                model.features(),
                model.knockouts(),
                null,
                model.messages());
        this.scaling = scaling;
        this.fit = fit;
    }

    Figures run(List<FitFirm> fitting, List<FitFirm> holdout) {
        var fitScored = score(fitting);
        var holdScored = score(holdout);
        var featurePsi = new TreeMap<String, Double>();
        for (var f : fit.kept()) {
            var binned = fit.binned().get(f);
            featurePsi.put(
                    f.key(),
                    psi(
                            fitting.stream()
                                    .map(r -> binned.bins()
                                            .indexOf(binned.bin(r.values().get(f))))
                                    .toList(),
                            holdout.stream()
                                    .map(r -> binned.bins()
                                            .indexOf(binned.bin(r.values().get(f))))
                                    .toList()));
        }
        return new Figures(
                new Backtest(fitScored).run(),
                new Backtest(holdScored).run(),
                calibration(holdScored),
                psi(decile(fitScored, fitScored), decile(fitScored, holdScored)),
                featurePsi);
    }

    List<Backtest.Observation> score(List<FitFirm> firms) {
        var scorecard = new Scorecard(model);
        return firms.stream()
                .map(r -> {
                    var result = scorecard.score(r.values(), Map.of());
                    return new Backtest.Observation(
                            r.uscc(), result.score(), result.tier().code(), r.defaulted());
                })
                .toList();
    }

    private List<TierCalibration> calibration(List<Backtest.Observation> scored) {
        var rows = new ArrayList<TierCalibration>();
        for (var t : model.tiers()) {
            var in = scored.stream()
                    .filter(o -> o.tier().equals(t.tier().code()))
                    .toList();
            if (in.isEmpty()) {
                rows.add(new TierCalibration(t.tier().code(), 0, 0, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            long defaults = in.stream().filter(Backtest.Observation::defaulted).count();
            double predicted = in.stream()
                    .mapToDouble(o -> scaling.pd(o.score()))
                    .average()
                    .orElseThrow();
            // commons-math 3.6.1's two-sided test can add the observed outcome's probability twice (p > 1)
            double p = Math.min(
                    1,
                    new BinomialTest()
                            .binomialTest(in.size(), (int) defaults, predicted, AlternativeHypothesis.TWO_SIDED));
            rows.add(new TierCalibration(
                    t.tier().code(), in.size(), defaults, (double) defaults / in.size(), predicted, p));
        }
        return rows;
    }

    /** The decile (0–9) of each observation's score among the reference scores' decile cut points. */
    private static List<Integer> decile(List<Backtest.Observation> reference, List<Backtest.Observation> scored) {
        var sorted = reference.stream()
                .mapToInt(Backtest.Observation::score)
                .sorted()
                .toArray();
        var cuts = new int[9];
        for (int d = 1; d < 10; d++) {
            cuts[d - 1] = sorted.length == 0 ? 0 : sorted[Math.max(0, (int) ((long) d * sorted.length / 10) - 1)];
        }
        return scored.stream()
                .map(o -> {
                    int d = 0;
                    while (d < 9 && o.score() > cuts[d]) {
                        d++;
                    }
                    return d;
                })
                .toList();
    }

    /** PSI between two lists of bucket numbers, 0.5 added to every count. */
    static double psi(List<Integer> expected, List<Integer> actual) {
        var buckets = new TreeMap<Integer, long[]>();
        expected.forEach(b -> buckets.computeIfAbsent(b, k -> new long[2])[0]++);
        actual.forEach(b -> buckets.computeIfAbsent(b, k -> new long[2])[1]++);
        double e = expected.size() + 0.5 * buckets.size();
        double a = actual.size() + 0.5 * buckets.size();
        double psi = 0;
        for (var c : buckets.values()) {
            double fe = (c[0] + 0.5) / e;
            double fa = (c[1] + 0.5) / a;
            psi += (fa - fe) * Math.log(fa / fe);
        }
        return psi;
    }
}
