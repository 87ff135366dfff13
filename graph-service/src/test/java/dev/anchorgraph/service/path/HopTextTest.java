package dev.anchorgraph.service.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HopTextTest {

    @Test
    void amountsAreShownCompactlyWithOneDecimalAtMost() {
        assertThat(HopText.compact(850)).isEqualTo("850");
        assertThat(HopText.compact(12_500)).isEqualTo("12.5K");
        assertThat(HopText.compact(50_000)).isEqualTo("50K");
        assertThat(HopText.compact(1_234_567)).isEqualTo("1.2M");
        assertThat(HopText.compact(3_000_000_000.0)).isEqualTo("3B");
        assertThat(HopText.compact(-1_250)).isEqualTo("-1.3K");
    }

    @Test
    void monthsCountFromTheFirstInvoiceMonthToTheLastInclusive() {
        assertThat(HopText.months(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 12, 20)))
                .isEqualTo(12);
        assertThat(HopText.months(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
                .isEqualTo(1);
        assertThat(HopText.months(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 2, 1)))
                .isEqualTo(4);
    }

    @Test
    void stakesAreShownAsPercentages() {
        assertThat(HopText.percent(0.3)).isEqualTo("30%");
        assertThat(HopText.percent(0.5524)).isEqualTo("55.2%");
    }

    @Test
    void chineseAmountsAreCountedInWanAndYi() {
        assertThat(HopText.compactZh(850)).isEqualTo("850");
        assertThat(HopText.compactZh(12_500)).isEqualTo("1.3万");
        assertThat(HopText.compactZh(1_200_000)).isEqualTo("120万");
        assertThat(HopText.compactZh(350_000_000)).isEqualTo("3.5亿");
        assertThat(HopText.compactZh(-50_000)).isEqualTo("-5万");
    }
}
