package dev.anchorgraph.analytics.fit;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * Calibration of one tier: the predicted PD (the mean of its firms' PDs from their scores) against the observed
 * default rate, with the two-sided exact binomial test of "the observed defaults come from the predicted PD" (a small
 * p-value, say below 0.05, says the tier's PD is off). A tier without firms has NaN figures. Cost O(firms).
 */
record TierCheck(String tier, long firms, long defaults, double observedPd, double predictedPd, double binomialP) {

    /** @param scores the tier's firms' scores, {@code defaulted} whether each defaulted, in the same order */
    static TierCheck of(String tier, List<Integer> scores, List<Boolean> defaulted, IntToDoubleFunction pd) {
        if (scores.isEmpty()) {
            return new TierCheck(tier, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        long defaults = defaulted.stream().filter(d -> d).count();
        double predicted =
                scores.stream().mapToDouble(pd::applyAsDouble).average().orElseThrow();
        // commons-math 3.6.1's two-sided test can add the observed outcome's probability twice (p > 1)
        double p = Math.min(
                1,
                new BinomialTest()
                        .binomialTest(scores.size(), (int) defaults, predicted, AlternativeHypothesis.TWO_SIDED));
        return new TierCheck(tier, scores.size(), defaults, (double) defaults / scores.size(), predicted, p);
    }
}
