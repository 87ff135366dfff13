package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeksTest {

    static final LocalDate START = LocalDate.parse("2026-01-01");

    @Test
    void daysBecomeWeeksCountedFromTheWindowsFirstDay() {
        // 1 January: week 0; 15 February is 45 days later: week 6; 3 March (61 days): week 8
        var weeks = Weeks.of(START, List.of("2026-01", "2026-02", "2026-03"), List.of(1, 1 << 14, 1 << 2));
        assertThat(weeks).containsExactly(1L | 1L << 6 | 1L << 8, 0L);
    }

    @Test
    void weeksPastTheSixtyFourthGoToTheSecondWord() {
        // 2027-04-01 is 455 days after the start: week 65
        assertThat(Weeks.of(START, List.of("2027-04"), List.of(1))).containsExactly(0L, 1L << 1);
    }

    @Test
    void daysBeforeTheWindowAreLeftOut() {
        assertThat(Weeks.of(START, List.of("2025-12"), List.of(-1))).containsExactly(0L, 0L);
    }

    @Test
    void aPairWithoutDayMasksCountsInEveryWeek() {
        assertThat(Weeks.of(START, List.of("2026-01"), null)).isEqualTo(Weeks.UNKNOWN);
    }
}
