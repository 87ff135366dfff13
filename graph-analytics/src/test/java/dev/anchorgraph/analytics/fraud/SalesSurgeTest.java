package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SalesSurgeTest {

    /** Three recent months, then twelve baseline months of 100,000. */
    static double[] sales(double m0, double m1, double m2) {
        var s = new double[15];
        Arrays.fill(s, 100_000);
        s[0] = m0;
        s[1] = m1;
        s[2] = m2;
        return s;
    }

    @Test
    void aMonthAtThreeTimesTheMedianIsASurge() {
        // median 100,000; the month before last sold 350,000 = 3.5 x
        var surge = new SalesSurge().surge(sales(90_000, 350_000, 100_000)).orElseThrow();
        assertThat(surge.monthsBack()).isEqualTo(1);
        assertThat(surge.multiple()).isEqualTo(3.5);
    }

    @Test
    void ordinaryGrowthIsNoSurge() {
        assertThat(new SalesSurge().surge(sales(250_000, 200_000, 150_000))).isEmpty();
    }

    @Test
    void aSmallFirmsJumpBelowTheMinimumAmountIsNoSurge() {
        var s = new double[15];
        Arrays.fill(s, 10_000);
        s[0] = 150_000;
        assertThat(new SalesSurge().surge(s)).isEmpty();
    }

    @Test
    void aFirmWithoutAYearOfSalesHasNoBaseline() {
        var s = new double[15];
        s[0] = 1_000_000;
        s[5] = 10_000;
        assertThat(new SalesSurge().surge(s)).isEmpty();
        assertThat(new SalesSurge().surge(new double[0])).isEmpty();
    }
}
