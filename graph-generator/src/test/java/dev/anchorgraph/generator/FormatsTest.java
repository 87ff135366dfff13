package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyHasTwoDecimalsAndKeepsTheSign() {
        assertThat(Formats.money(123405)).isEqualTo("1234.05");
        assertThat(Formats.money(-7)).isEqualTo("-0.07");
        assertThat(Formats.money(0)).isEqualTo("0.00");
    }

    @Test
    void taxIsRoundedHalfUpAndFollowsTheAmountsSign() {
        assertThat(Formats.tax(10_050, 13)).isEqualTo(1_307);
        assertThat(Formats.tax(-10_050, 13)).isEqualTo(-1_307);
    }

    @Test
    void stakesAreFractionsOrPercentages() {
        assertThat(Formats.stake(5_524, false)).isEqualTo("0.5524");
        assertThat(Formats.stake(5_524, true)).isEqualTo("55.24%");
        assertThat(Formats.stake(10_000, false)).isEqualTo("1");
        assertThat(Formats.stake(5_000, true)).isEqualTo("50.00%");
    }
}
