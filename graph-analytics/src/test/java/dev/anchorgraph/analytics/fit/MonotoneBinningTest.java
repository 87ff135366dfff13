package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.risk.Feature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonotoneBinningTest {

    /**
     * 14 firms. Value 1: 2 bad, 2 good (50 %); value 2: 1 bad, 3 good (25 %); value 3: 3 bad, 1 good (75 %); no value:
     * 1 bad, 1 good. G = 7 good, B = 7 bad in all.
     *
     * <p>3 quantile bins of the 12 values cut at the 4th and 8th values: ≤ 1, ≤ 2, > 2. The bad rate rises with the
     * value (correlation > 0), but 50 % → 25 % goes against it, so ≤ 1 and ≤ 2 merge: ≤ 2 holds 3 bad, 5 good
     * (37.5 %), > 2 holds 3 bad, 1 good (75 %): monotone.
     *
     * <pre>
     *   3 bins, 0.5 added to each count: %good = (good + 0.5) / (7 + 1.5), %bad = (bad + 0.5) / (7 + 1.5)
     *   WoE(≤ 2)     = ln((5.5/8.5) / (3.5/8.5)) = ln(5.5/3.5) =  0.451985
     *   WoE(> 2)     = ln((1.5/8.5) / (3.5/8.5)) = ln(1.5/3.5) = −0.847298
     *   WoE(missing) = ln((1.5/8.5) / (1.5/8.5)) = 0
     *   IV = (5.5 − 3.5)/8.5 × 0.451985 + (1.5 − 3.5)/8.5 × (−0.847298) + 0 = 0.106349 + 0.199364 = 0.305714
     * </pre>
     */
    @Test
    void binsAreMergedUntilTheBadRateRisesAndWeighedByHand() {
        var values = new ArrayList<Double>();
        var bad = new ArrayList<Boolean>();
        add(values, bad, 1.0, true, true, false, false);
        add(values, bad, 2.0, true, false, false, false);
        add(values, bad, 3.0, true, true, true, false);
        add(values, bad, null, true, false);

        var binned = new MonotoneBinning(Feature.STABLE_LARGE_BUYERS, values, bad, 3, 0.05).run();

        assertThat(binned.rising()).isTrue();
        assertThat(binned.bins())
                .extracting(Bin::upper, Bin::missing, Bin::goods, Bin::bads)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2.0, false, 5L, 3L),
                        org.assertj.core.groups.Tuple.tuple(null, false, 1L, 3L),
                        org.assertj.core.groups.Tuple.tuple(null, true, 1L, 1L));
        assertThat(binned.bins().get(0).woe()).isCloseTo(0.451985, within(1e-6));
        assertThat(binned.bins().get(1).woe()).isCloseTo(-0.847298, within(1e-6));
        assertThat(binned.bins().get(2).woe()).isCloseTo(0, within(1e-12));
        assertThat(binned.iv()).isCloseTo(0.305714, within(1e-6));
        assertThat(binned.woe(1.5)).isEqualTo(binned.bins().get(0).woe());
        assertThat(binned.woe(7.0)).isEqualTo(binned.bins().get(1).woe());
        assertThat(binned.woe(null)).isEqualTo(binned.bins().get(2).woe());
    }

    @Test
    void aBinBelowTheMinimumShareIsMergedWithItsNearestNeighbour() {
        var values = new ArrayList<Double>();
        var bad = new ArrayList<Boolean>();
        for (int i = 0; i < 40; i++) {
            values.add((double) i);
            bad.add(i % 4 == 0);
        }
        // 40 firms, 20 bins of 2: every bin below 10 % (4 firms) must merge
        var binned = new MonotoneBinning(Feature.AGE_YEARS, values, bad, 20, 0.10).run();

        assertThat(binned.bins()).allSatisfy(b -> assertThat(b.count()).isGreaterThanOrEqualTo(4));
        assertThat(binned.bins().stream().mapToLong(Bin::count).sum()).isEqualTo(40);
    }

    @Test
    void aFallingBadRateGivesBinsWhoseBadRateFalls() {
        var values = new ArrayList<Double>();
        var bad = new ArrayList<Boolean>();
        for (int i = 0; i < 200; i++) {
            values.add((double) (i % 50));
            // more defaults at low values, with noise that breaks monotonicity between neighbouring quantiles
            bad.add((i * 7919 % 100) < 60 - (i % 50) + (i % 3 == 0 ? 15 : 0));
        }
        var binned = new MonotoneBinning(Feature.AGE_YEARS, values, bad, 20, 0.05).run();

        assertThat(binned.rising()).isFalse();
        for (int i = 1; i < binned.bins().size(); i++) {
            assertThat(binned.bins().get(i).badRate())
                    .isLessThanOrEqualTo(binned.bins().get(i - 1).badRate());
        }
        assertThat(binned.bins()).allSatisfy(b -> assertThat(b.count()).isGreaterThanOrEqualTo(10));
    }

    @Test
    void aConstantFeatureIsOneBinWithNoInformation() {
        var values = new ArrayList<Double>();
        var bad = new ArrayList<Boolean>();
        add(values, bad, 5.0, true, true, false, false, false, false);

        var binned = new MonotoneBinning(Feature.USCC_FLAGGED, values, bad, 20, 0.05).run();

        assertThat(binned.bins()).hasSize(1);
        assertThat(binned.bins().getFirst().upper()).isNull();
        // one bin: %good = 4.5/4.5 = 1 = %bad = 2.5/2.5, so WoE = ln 1 = 0 and IV = 0
        assertThat(binned.bins().getFirst().woe()).isCloseTo(0, within(1e-12));
        assertThat(binned.iv()).isCloseTo(0, within(1e-12));
    }

    @Test
    void noFirmsGiveNoBinsAndNoInformation() {
        var binned = new MonotoneBinning(Feature.AGE_YEARS, List.of(), List.of(), 20, 0.05).run();

        assertThat(binned.bins()).isEmpty();
        assertThat(binned.iv()).isZero();
        assertThat(binned.woe(3.0)).isZero();
    }

    private static void add(List<Double> values, List<Boolean> bad, Double value, boolean... outcomes) {
        for (var b : outcomes) {
            values.add(value);
            bad.add(b);
        }
    }
}
