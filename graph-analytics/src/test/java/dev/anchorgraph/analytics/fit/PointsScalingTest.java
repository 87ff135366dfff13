package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * By hand, with the defaults (500 points at 50:1, 40 points to double the odds):
 *
 * <pre>
 *   factor = 40 / ln 2                  = 57.707802
 *   offset = 500 − 57.707802 × ln 50    = 500 − 57.707802 × 3.912023 = 274.245752
 *   β = −1, WoE = 0.451985:  points = −(−1) × 0.451985 × 57.707802 = 26.083
 *   α = −0.5: base = 274.245752 + 0.5 × 57.707802 = 303.099653
 *   PD(500) = 1 / (1 + exp((500 − 274.245752) / 57.707802)) = 1 / (1 + 50) = 0.019608
 *   tier A (PD ≤ 1 %): 274.245752 + 57.707802 × ln 99 = 539.42 → 540; B (≤ 3 %): ln(97/3) → 474.84 → 475;
 *   C (≤ 8 %): ln(92/8) → 415.19 → 416
 * </pre>
 */
class PointsScalingTest {

    private final PointsScaling scaling = PointsScaling.DEFAULT;

    @Test
    void factorAndOffsetFollowTheBaseScoreOddsAndPdo() {
        assertThat(scaling.factor()).isCloseTo(57.707802, within(1e-6));
        assertThat(scaling.offset()).isCloseTo(274.245752, within(1e-6));
        assertThat(scaling.base(-0.5)).isCloseTo(303.099653, within(1e-6));
    }

    @Test
    void aBinsPointsAreItsWoeTimesMinusBetaTimesTheFactor() {
        assertThat(scaling.points(-1, 0.451985)).isCloseTo(26.083, within(1e-3));
        assertThat(scaling.points(-1, 0)).isZero();
    }

    @Test
    void foldingTheConstantsIntoTheBaseGivesTheTextbookTotal() {
        // two features: Σ spread points = base + Σ points
        double alpha = -3.2;
        double spread = scaling.spreadPoints(-0.9, 0.4, alpha, 2) + scaling.spreadPoints(-1.1, -0.7, alpha, 2);
        double folded = scaling.base(alpha) + scaling.points(-0.9, 0.4) + scaling.points(-1.1, -0.7);
        assertThat(spread).isCloseTo(folded, within(1e-9));
    }

    @Test
    void theBaseScoreHasTheBaseOddsAndPdoPointsDoubleThem() {
        assertThat(scaling.pd(500)).isCloseTo(1 / 51.0, within(1e-12));
        assertThat(scaling.pd(540)).isCloseTo(1 / 101.0, within(1e-12));
    }

    @Test
    void tiersStartAtTheFirstWholeScoreWithinTheirPd() {
        assertThat(scaling.minScoreFor(0.01)).isEqualTo(540);
        assertThat(scaling.minScoreFor(0.03)).isEqualTo(475);
        assertThat(scaling.minScoreFor(0.08)).isEqualTo(416);
        assertThat(scaling.pd(540)).isLessThanOrEqualTo(0.01);
        assertThat(scaling.pd(539)).isGreaterThan(0.01);
    }
}
