package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MonthlyVolumeTest {

    @Test
    void apportioningGivesOutExactlyTheTotalInProportion() {
        var shares = MonthlyVolume.apportion(new double[] {1.25, 0.7, 1.0, 0, 1.3}, 1001);
        assertThat(Arrays.stream(shares).sum()).isEqualTo(1001);
        assertThat(shares[3]).isZero();
        assertThat(shares[4]).isGreaterThan(shares[0]).isGreaterThan(shares[1]);
    }

    @Test
    void nothingToApportionGivesZeros() {
        assertThat(MonthlyVolume.apportion(new double[] {1, 2}, 0)).containsExactly(0, 0);
    }
}
