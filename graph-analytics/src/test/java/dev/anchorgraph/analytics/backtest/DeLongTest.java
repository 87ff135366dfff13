package dev.anchorgraph.analytics.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DeLongTest {

    /**
     * Three non-defaulters and two defaulters, in the order g1 g2 g3 b1 b2. Champion scores 700 650 600 | 620 500:
     * placements V10 = (1, 1, ½), V01 = (⅔, 1), AUC ⅚. Challenger 3 2 1 | 2 0 (a tie between g2 and b1): V10 = (1, ¾,
     * ½), V01 = (½, 1), AUC ¾. Covariances (divisor m − 1 = 2 and n − 1 = 1): S10₁₁ = (1/36 + 1/36 + 4/36)/2 = 1/12,
     * S10₂₂ = (1/16 + 0 + 1/16)/2 = 1/16, S10₁₂ = (1/24 + 0 + 1/12)/2 = 1/16; S01₁₁ = 1/18, S01₂₂ = 1/8, S01₁₂ =
     * 1/12. Var = (1/12 + 1/16 − 1/8)/3 + (1/18 + 1/8 − 1/6)/2 = 1/144 + 1/144 = 1/72; difference −1/12, z =
     * −(1/12)·√72 = −1/√2, p = 2(1 − Φ(0.7071)) = 0.4795.
     */
    @Test
    void aHandWorkedPairOfModelsGivesTheTextbookFigures() {
        var bad = new boolean[] {false, false, false, true, true};
        var r = DeLong.compare(new double[] {700, 650, 600, 620, 500}, new double[] {3, 2, 1, 2, 0}, bad);

        assertThat(r.championAuc()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(r.challengerAuc()).isCloseTo(0.75, within(1e-12));
        assertThat(r.difference()).isCloseTo(-1.0 / 12, within(1e-12));
        assertThat(r.standardError()).isCloseTo(Math.sqrt(1.0 / 72), within(1e-12));
        assertThat(r.z()).isCloseTo(-1 / Math.sqrt(2), within(1e-12));
        assertThat(r.p()).isCloseTo(0.4795, within(1e-4));
        assertThat(r.low()).isCloseTo(-1.0 / 12 - 1.959964 * Math.sqrt(1.0 / 72), within(1e-6));
    }

    @Test
    void theAucsAreTheRankAucsOfTheBacktest() {
        var random = new Random(7);
        int n = 500;
        var a = new double[n];
        var b = new double[n];
        var bad = new boolean[n];
        var observations = new java.util.ArrayList<Backtest.Observation>();
        for (int i = 0; i < n; i++) {
            bad[i] = random.nextDouble() < 0.1;
            a[i] = Math.round(random.nextGaussian() * 20 + (bad[i] ? 480 : 500));
            b[i] = Math.round(random.nextGaussian() * 20 + (bad[i] ? 470 : 500));
            observations.add(new Backtest.Observation("f" + i, (int) b[i], "A", bad[i]));
        }
        var r = DeLong.compare(a, b, bad);

        assertThat(r.challengerAuc()).isCloseTo(new Backtest(observations).run().auc(), within(1e-12));
        assertThat(r.difference()).isPositive();
        assertThat(r.low()).isLessThan(r.difference()).isLessThan(r.high());
    }

    @Test
    void theSameModelTwiceDiffersByNothing() {
        var s = new double[] {5, 4, 3, 2, 1, 3};
        var bad = new boolean[] {false, false, true, false, true, true};
        var r = DeLong.compare(s, s.clone(), bad);

        assertThat(r.difference()).isZero();
        assertThat(r.p()).isEqualTo(1.0);
    }

    @Test
    void oneDefaulterIsTooFewToTest() {
        assertThatThrownBy(() -> DeLong.compare(
                        new double[] {1, 2, 3}, new double[] {1, 2, 3}, new boolean[] {true, false, false}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
