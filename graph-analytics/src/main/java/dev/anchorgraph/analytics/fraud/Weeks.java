package dev.anchorgraph.analytics.fraud;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The weeks of a ring window in which a pair traded, as 128 bits (week {@code i} = days {@code 7i … 7i + 6} after the
 * window's first day), from {@code SUPPLIES.months} and {@code monthlyDayMasks} (bit {@code d - 1} = an invoice on
 * day {@code d} of that month).
 */
final class Weeks {

    static final long[] UNKNOWN = {-1L, -1L};

    private Weeks() {}

    /** @param dayMasks per month of {@code months}; {@code null} when not recorded: every week then counts */
    static long[] of(LocalDate windowStart, List<String> months, List<Integer> dayMasks) {
        if (dayMasks == null || dayMasks.size() != months.size()) {
            return UNKNOWN;
        }
        var weeks = new long[2];
        long start = windowStart.toEpochDay();
        for (int i = 0; i < months.size(); i++) {
            var month = YearMonth.parse(months.get(i));
            int mask = dayMasks.get(i);
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                if ((mask & 1 << (day - 1)) != 0) {
                    long week = Math.floorDiv(month.atDay(day).toEpochDay() - start, 7);
                    if (week >= 0 && week < 128) {
                        weeks[(int) (week / 64)] |= 1L << (week % 64);
                    }
                }
            }
        }
        return weeks;
    }
}
