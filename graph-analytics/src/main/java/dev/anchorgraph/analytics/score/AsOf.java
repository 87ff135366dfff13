package dev.anchorgraph.analytics.score;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The date a score run is computed as of, with the month windows derived from it. Months are the
 * {@code yyyy-MM} strings of {@code SUPPLIES.months}, so windows compare as text.
 */
record AsOf(LocalDate date) {

    YearMonth month() {
        return YearMonth.from(date);
    }

    /** First month of the window of {@code months} months ending with the as-of month. */
    String firstMonthOf(int months) {
        return month().minusMonths(months - 1L).toString();
    }

    /** Index of a month string relative to the as-of month: 0 = the as-of month, 1 = the month before, … */
    int monthsBack(String month) {
        var m = YearMonth.parse(month);
        return (month().getYear() - m.getYear()) * 12 + month().getMonthValue() - m.getMonthValue();
    }
}
