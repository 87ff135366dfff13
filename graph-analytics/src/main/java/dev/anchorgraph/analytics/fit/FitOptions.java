package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.risk.RiskTier;
import java.util.Map;

/**
 * The settings of a fit; {@link #DEFAULT} holds the documented defaults (docs/model-fitting.md).
 *
 * @param tierPd the highest PD each tier but the last may hold, best tier first (e.g. A 1 %, B 3 %, C 8 %)
 * @param holdout share of firms kept out of the fit to validate on
 */
record FitOptions(
        int bins,
        double minShare,
        double minIv,
        double maxCorrelation,
        double l2,
        PointsScaling scaling,
        Map<RiskTier, Double> tierPd,
        double holdout,
        long seed) {

    static final Map<RiskTier, Double> DEFAULT_TIER_PD = Map.of(RiskTier.A, 0.01, RiskTier.B, 0.03, RiskTier.C, 0.08);

    static final FitOptions DEFAULT = new FitOptions(
            MonotoneBinning.DEFAULT_BINS,
            MonotoneBinning.DEFAULT_MIN_SHARE,
            FeatureSelection.DEFAULT_MIN_IV,
            FeatureSelection.DEFAULT_MAX_CORRELATION,
            LogisticRegression.DEFAULT_L2,
            PointsScaling.DEFAULT,
            DEFAULT_TIER_PD,
            0.3,
            42);
}
