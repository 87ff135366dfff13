package dev.anchorgraph.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.random.RandomGenerator;

/**
 * The 24 months of invoices ending at the as-of date, as day indices (0 = first day) and month indices.
 *
 * <p>The window starts the day after as-of minus 24 months, so its first and last calendar months are usually
 * partial; they get invoice volume in proportion to the days they cover.
 */
final class InvoiceWindow {

    /**
     * Relative volume per calendar month: firms stock up before 春节 (late January or February), so January is busy
     * and the holiday leaves February slack; quarter and year ends push sales, summer is quieter.
     */
    private static final double[] SEASON = {1.25, 0.7, 1.0, 0.95, 0.95, 1.05, 0.9, 0.9, 1.05, 0.9, 1.1, 1.3};
    /** Invoices are rarely issued at weekends: most weekend draws are moved. */
    private static final double WEEKEND_REDRAW = 0.85;

    private final LocalDate start;
    private final LocalDate asOf;
    private final String[] iso;
    private final boolean[] weekend;
    private final int[] year;
    private final int[] monthOfDay;
    private final int[] monthStart;
    private final double[] season;

    InvoiceWindow(LocalDate asOf) {
        this.asOf = asOf;
        this.start = asOf.minusMonths(24).plusDays(1);
        int days = (int) ChronoUnit.DAYS.between(start, asOf) + 1;
        iso = new String[days];
        weekend = new boolean[days];
        year = new int[days];
        monthOfDay = new int[days];
        var starts = new ArrayList<Integer>();
        YearMonth current = null;
        for (int d = 0; d < days; d++) {
            var date = start.plusDays(d);
            iso[d] = date.toString();
            weekend[d] = date.getDayOfWeek().getValue() >= 6;
            year[d] = date.getYear();
            if (!YearMonth.from(date).equals(current)) {
                current = YearMonth.from(date);
                starts.add(d);
            }
            monthOfDay[d] = starts.size() - 1;
        }
        starts.add(days);
        monthStart = starts.stream().mapToInt(Integer::intValue).toArray();
        season = new double[months()];
        for (int m = 0; m < months(); m++) {
            var month = YearMonth.from(start.plusDays(monthStart[m]));
            season[m] = SEASON[month.getMonthValue() - 1] * (monthStart[m + 1] - monthStart[m]) / month.lengthOfMonth();
        }
    }

    LocalDate start() {
        return start;
    }

    LocalDate asOf() {
        return asOf;
    }

    int days() {
        return iso.length;
    }

    int months() {
        return monthStart.length - 1;
    }

    String iso(int day) {
        return iso[day];
    }

    int year(int day) {
        return year[day];
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    int monthOf(int day) {
        return monthOfDay[day];
    }

    int firstDay(int month) {
        return monthStart[month];
    }

    /** One past the last day of the month. */
    int endDay(int month) {
        return monthStart[month + 1];
    }

    /** Seasonal weight of the month, scaled down for a partial month. */
    double season(int month) {
        return season[month];
    }

    /** The month a date falls in: 0 for anything before the window, {@link #months()} for anything after it. */
    int monthIndex(LocalDate date) {
        if (date.isBefore(start)) {
            return 0;
        }
        return date.isAfter(asOf) ? months() : monthOfDay[(int) ChronoUnit.DAYS.between(start, date)];
    }

    /** A day of the month, mostly a weekday. */
    int businessDay(RandomGenerator r, int month) {
        int first = firstDay(month);
        int span = endDay(month) - first;
        int day = first + r.nextInt(span);
        if (weekend[day] && r.nextDouble() < WEEKEND_REDRAW) {
            day = first + r.nextInt(span);
        }
        return day;
    }
}
