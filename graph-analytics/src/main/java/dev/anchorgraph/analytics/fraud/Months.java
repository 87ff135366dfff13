package dev.anchorgraph.analytics.fraud;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The month windows of a fraud run, ending with the as-of month. Months are the {@code yyyy-MM} strings of
 * {@code SUPPLIES.months}; a firm's or a pair's trade in a window is summed from its monthly lists.
 */
record Months(LocalDate asOf) {

    /** Index of a month relative to the as-of month: 0 = the as-of month, 1 = the month before, … */
    int back(String month) {
        var m = YearMonth.parse(month);
        var now = YearMonth.from(asOf);
        return (now.getYear() - m.getYear()) * 12 + now.getMonthValue() - m.getMonthValue();
    }

    /**
     * Monthly amounts by months back: {@code result[i]} is the amount of the month {@code i} months before the
     * as-of month, for {@code i < length}. Months after the as-of date and before the window are left out.
     */
    double[] series(List<String> months, List<Double> amounts, int length) {
        var series = new double[length];
        for (int i = 0; i < months.size() && i < amounts.size(); i++) {
            int back = back(months.get(i));
            if (back >= 0 && back < length) {
                series[back] += amounts.get(i);
            }
        }
        return series;
    }
}
