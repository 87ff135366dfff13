package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.risk.Calibration;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.RiskTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * A PD for a model whose points were not fitted (scorecard-v3 is set by hand): the logistic regression of the
 * outcome on the score alone (Platt scaling), on the bank's outcomes.
 *
 * <pre>
 *   P(default | score) = 1 / (1 + exp(−(α + β × score)))        β &lt; 0: more points, fewer defaults
 *   factor = −1 / β      offset = −α / β      so PD(score) = 1 / (1 + exp((score − offset) / factor))
 *   pdo = factor × ln 2  (points that double the odds)        baseOdds = the odds at 500 points
 * </pre>
 *
 * The score is standardised before the fit (mean 0, s.d. 1) so Newton's method is well conditioned, and the
 * coefficients are turned back into points. Unpenalised: one coefficient against thousands of firms. Only the PD
 * changes: points, tiers and reasons stay the model's. Each tier's PD in {@code tierMaxPd} is the PD at its minimum
 * score. The check per tier is in-sample (the same firms), so it shows how well one line fits the tiers, not
 * out-of-sample accuracy.
 *
 * <p>Refused (a {@link UserInputException} naming why) with fewer than {@value #MIN_EACH} defaulted or
 * {@value #MIN_EACH} non-defaulted firms, with scores that do not vary, or when the fitted slope says more points
 * mean more defaults (the scores do not rank these outcomes). Cost O(iterations × firms); deterministic.
 */
final class ScoreCalibration {

    static final int MIN_EACH = 20;

    /** One firm scored by the model, without a knock-out. */
    record Scored(int score, RiskTier tier, boolean defaulted) {}

    record Result(
            Calibration calibration,
            long firms,
            long defaults,
            double intercept,
            double slope,
            List<TierCheck> tiers) {}

    private final RiskModel model;
    private final List<Scored> firms;
    private final String source;

    ScoreCalibration(RiskModel model, List<Scored> firms, String source) {
        this.model = model;
        this.firms = firms;
        this.source = source;
    }

    Result run() {
        long defaults = firms.stream().filter(Scored::defaulted).count();
        if (defaults < MIN_EACH || firms.size() - defaults < MIN_EACH) {
            throw new UserInputException(String.format(
                    Locale.ROOT,
                    "Calibration needs at least %d defaulted and %d other scored firms with an outcome; found %d and %d",
                    MIN_EACH,
                    MIN_EACH,
                    defaults,
                    firms.size() - defaults));
        }
        double mean = firms.stream().mapToInt(Scored::score).average().orElseThrow();
        double sd = Math.sqrt(firms.stream()
                .mapToDouble(f -> (f.score() - mean) * (f.score() - mean))
                .average()
                .orElseThrow());
        if (sd == 0) {
            throw new UserInputException("Calibration needs scores that vary; every firm scored " + mean);
        }
        var x = new double[firms.size()][1];
        var y = new boolean[firms.size()];
        for (int i = 0; i < firms.size(); i++) {
            x[i][0] = (firms.get(i).score() - mean) / sd;
            y[i] = firms.get(i).defaulted();
        }
        var fit = new LogisticRegression(x, y, 0).run();
        double slope = fit.coefficients()[0] / sd;
        double intercept = fit.intercept() - fit.coefficients()[0] * mean / sd;
        if (!(slope < 0)) {
            throw new UserInputException(String.format(
                    Locale.ROOT,
                    "The scores do not rank these outcomes (fitted slope %+.5f per point: more points, more"
                            + " defaults); no calibration written",
                    slope));
        }
        double factor = -1 / slope;
        double offset = -intercept / slope;
        var tierMaxPd = new LinkedHashMap<RiskTier, Double>();
        for (var t : model.tiers()) {
            if (t.min() != null) {
                tierMaxPd.put(t.tier(), round(1 / (1 + Math.exp((t.min() - offset) / factor))));
            }
        }
        var calibration = new Calibration(
                500, Math.exp((500 - offset) / factor), factor * Math.log(2), factor, offset, tierMaxPd, source);
        return new Result(calibration, firms.size(), defaults, intercept, slope, checks(calibration));
    }

    private List<TierCheck> checks(Calibration calibration) {
        var rows = new ArrayList<TierCheck>();
        for (var t : model.tiers()) {
            var in = firms.stream().filter(f -> f.tier() == t.tier()).toList();
            rows.add(TierCheck.of(
                    t.tier().code(),
                    in.stream().map(Scored::score).toList(),
                    in.stream().map(Scored::defaulted).toList(),
                    calibration::pd));
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
