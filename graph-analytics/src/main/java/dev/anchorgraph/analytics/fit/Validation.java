package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.analytics.backtest.Backtest;
import dev.anchorgraph.analytics.backtest.ModelScoring;
import dev.anchorgraph.risk.RiskModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a model-risk team asks for, from the fitted model file itself (each firm scored by {@link ModelScoring}
 * with it, so what is validated is what {@code score --model} will do):
 *
 * <ul>
 *   <li>AUC, Gini, KS and tier bad rates on the fitting sample and on the hold-out ({@link Backtest});</li>
 *   <li>calibration per tier on the hold-out: predicted PD (the mean of each firm's PD from its score) against the
 *       observed default rate, with the two-sided exact binomial test of "the observed defaults come from the
 *       predicted PD" (a small p-value, say below 0.05, says the tier's PD is off);</li>
 *   <li>the same on an out-of-time sample (firms observed on or after a date, {@link OutOfTimeSplit}) when asked
 *       for and the dates allow it;</li>
 *   <li>PSI, the population stability index, {@code Σ (h − f) × ln(h / f)} over buckets, with f and h the shares of
 *       the fitting and the other sample's firms in a bucket (0.5 added to each count): of the score over the deciles
 *       of the fitting sample's scores, and of each feature over its bins; fitting → hold-out, fitting →
 *       out-of-time, and fitting → the scored population (every firm the model will score, with an outcome or not).
 *       Below 0.1 stable, 0.1–0.25 watch, above 0.25 the populations differ.</li>
 * </ul>
 * Cost O(n log n). The insufficient-data rule is not applied here: only scored firms are fitted and validated.
 */
final class Validation {

    /**
     * @param scorePsi   PSI of the score over the fitting sample's score deciles
     * @param featurePsi PSI of each kept feature over its bins
     */
    record Stability(long firms, double scorePsi, Map<String, Double> featurePsi) {}

    /**
     * The out-of-time sample: firms observed on or after {@code from}, kept out of the fit and of the random split.
     *
     * @param note    why there are no figures, when the dates do not allow them; {@code null} otherwise
     * @param figures AUC, Gini, KS, tiers; {@code null} with a note
     */
    record OutOfTime(
            String from, String note, Backtest.Result figures, List<TierCheck> calibration, Stability stability) {}

    /**
     * @param scorePsi        PSI of the score, fitting → hold-out
     * @param featurePsi      PSI of each kept feature, fitting → hold-out
     * @param outOfTime       {@code null} when not asked for ({@code --out-of-time-from})
     * @param holdoutRoc      the ROC curve of the hold-out ({@link Curves}), {@code fittingRoc} of the fitting sample
     * @param holdoutScores   the hold-out's non-defaulters and defaulters per score bucket
     * @param scoredPopulation PSI fitting → every firm the last score run scored without a knock-out, with an outcome
     *                        or not: does the model still fit the population it will score?
     */
    record Figures(
            Backtest.Result fitting,
            Backtest.Result holdout,
            List<TierCheck> calibration,
            double scorePsi,
            Map<String, Double> featurePsi,
            OutOfTime outOfTime,
            Stability scoredPopulation,
            List<Curves.Point> holdoutRoc,
            List<Curves.Point> fittingRoc,
            List<Curves.Bucket> holdoutScores) {}

    private final ModelScoring scoring;
    private final RiskModel model;
    private final PointsScaling scaling;
    private final ScorecardFit.Result fit;

    Validation(RiskModel model, PointsScaling scaling, ScorecardFit.Result fit) {
        this.scoring = new ModelScoring(model);
        this.model = scoring.model();
        this.scaling = scaling;
        this.fit = fit;
    }

    /**
     * @param outOfTime  the out-of-time split ({@link OutOfTimeSplit}), {@code null} when not asked for
     * @param population every scored firm without a knock-out (outcome unused)
     */
    Figures run(List<FitFirm> fitting, List<FitFirm> holdout, OutOfTimeSplit outOfTime, List<FitFirm> population) {
        var fitScored = score(fitting);
        var holdScored = score(holdout);
        var holdStability = stability(fitting, fitScored, holdout, holdScored);
        OutOfTime oot = null;
        if (outOfTime != null) {
            if (outOfTime.note() != null) {
                oot = new OutOfTime(outOfTime.from().toString(), outOfTime.note(), null, List.of(), null);
            } else {
                var late = outOfTime.late();
                var lateScored = score(late);
                oot = new OutOfTime(
                        outOfTime.from().toString(),
                        null,
                        new Backtest(lateScored).run(),
                        calibration(lateScored),
                        stability(fitting, fitScored, late, lateScored));
            }
        }
        return new Figures(
                new Backtest(fitScored).run(),
                new Backtest(holdScored).run(),
                calibration(holdScored),
                holdStability.scorePsi(),
                holdStability.featurePsi(),
                oot,
                stability(fitting, fitScored, population, score(population)),
                Curves.roc(holdScored),
                Curves.roc(fitScored),
                Curves.distribution(holdScored, Curves.BUCKET_WIDTH));
    }

    /** PSI fitting → another sample: of the score over the fitting deciles, and of each kept feature over its bins. */
    private Stability stability(
            List<FitFirm> fitting,
            List<Backtest.Observation> fitScored,
            List<FitFirm> other,
            List<Backtest.Observation> otherScored) {
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
                            other.stream()
                                    .map(r -> binned.bins()
                                            .indexOf(binned.bin(r.values().get(f))))
                                    .toList()));
        }
        return new Stability(
                other.size(), psi(decile(fitScored, fitScored), decile(fitScored, otherScored)), featurePsi);
    }

    List<Backtest.Observation> score(List<FitFirm> firms) {
        return firms.stream()
                .map(r -> scoring.score(r.uscc(), r.values(), List.of(), r.defaulted()))
                .toList();
    }

    private List<TierCheck> calibration(List<Backtest.Observation> scored) {
        var rows = new ArrayList<TierCheck>();
        for (var t : model.tiers()) {
            var in = scored.stream()
                    .filter(o -> o.tier().equals(t.tier().code()))
                    .toList();
            rows.add(TierCheck.of(
                    t.tier().code(),
                    in.stream().map(Backtest.Observation::score).toList(),
                    in.stream().map(Backtest.Observation::defaulted).toList(),
                    scaling::pd));
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
