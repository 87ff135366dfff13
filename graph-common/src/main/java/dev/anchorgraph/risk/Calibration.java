package dev.anchorgraph.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * How a model's scores map to a probability of default (PD), the standard scorecard scaling: a score of
 * {@code baseScore} means odds of {@code baseOdds} good firms to one bad, and every {@code pdo} points more double the
 * odds.
 *
 * <pre>
 *   factor = PDO / ln 2        offset = baseScore − factor × ln(baseOdds)
 *   PD(score) = 1 / (1 + exp((score − offset) / factor))
 * </pre>
 *
 * {@code graph-loader fit} writes it with the model it fits (the scaling it fitted the points on);
 * {@code graph-loader calibrate} fits it to a hand-set model's stored scores and the bank's outcomes (a logistic
 * regression of the outcome on the score). A model without one (scorecard-v3 as shipped) has no PD: a PD that no
 * outcome was fitted on would be a guess. docs/model-fitting.md, PD.
 *
 * @param factor    points per unit of log-odds, {@code pdo / ln 2}: must be positive (more points, safer)
 * @param offset    the score at odds 1:1 (PD 50 %)
 * @param tierMaxPd the PD each tier must not exceed (targets of {@code fit}; the PD at each tier's minimum score for
 *                  {@code calibrate}); informative, the tiers' minimum scores decide the tier
 * @param source    what it was fitted on, in words, e.g. {@code calibrate: 4,812 firms, 402 defaults, 2026-12-03}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Calibration(
        double baseScore,
        double baseOdds,
        double pdo,
        double factor,
        double offset,
        Map<RiskTier, Double> tierMaxPd,
        String source) {

    public Calibration {
        if (!(factor > 0) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("calibration needs a positive factor and a finite offset, got factor "
                    + factor + ", offset " + offset);
        }
    }

    /** A calibration from a scaling: {@code baseScore} points at odds {@code baseOdds}:1, {@code pdo} to double. */
    public static Calibration of(
            double baseScore, double baseOdds, double pdo, Map<RiskTier, Double> tierMaxPd, String source) {
        var factor = pdo / Math.log(2);
        return new Calibration(
                baseScore, baseOdds, pdo, factor, baseScore - factor * Math.log(baseOdds), tierMaxPd, source);
    }

    /** The PD of a score, in (0, 1). */
    public double pd(double score) {
        return 1 / (1 + Math.exp((score - offset) / factor));
    }
}
