package dev.anchorgraph.loader.invoice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The aggregated trade of one seller → buyer pair: what becomes one {@code SUPPLIES} relationship.
 *
 * <ul>
 *   <li>normal invoices add to {@code amount}, {@code invoiceCount}, the month's amount and count, and mark their
 *       day as active; they also set {@code firstOn}/{@code lastOn};</li>
 *   <li>red-letter invoices (negative) reduce {@code amount} and their month's amount, and are totalled apart;</li>
 *   <li>void invoices are not trade: only totalled apart.</li>
 * </ul>
 * Months are kept sparse (a pair that trades twice a year costs two slots), as month index {@code year*12+month-1}.
 */
final class Trade {

    /** Goods categories kept per pair; past it, invoices naming another are counted in {@link #categoriesOmitted}. */
    static final int MAX_CATEGORIES = 32;

    long cents;
    int invoiceCount;
    long redCents;
    int redCount;
    long voidCents;
    int voidCount;
    int firstDay = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;
    final TreeSet<String> categories = new TreeSet<>();
    /** Invoices (or, merged, earlier counts) whose category did not fit in {@link #MAX_CATEGORIES}: no silent cap. */
    int categoriesOmitted;

    int size;
    int[] months = new int[2];
    long[] monthCents = new long[2];
    int[] monthCounts = new int[2];
    int[] dayMasks = new int[2];

    void add(Invoice invoice) {
        switch (invoice.kind()) {
            case VOID -> {
                voidCents += Math.abs(invoice.cents());
                voidCount++;
                return;
            }
            case RED -> {
                redCents += -invoice.cents();
                redCount++;
            }
            case NORMAL -> {
                invoiceCount++;
                firstDay = Math.min(firstDay, invoice.day());
                lastDay = Math.max(lastDay, invoice.day());
            }
        }
        cents += invoice.cents();
        var date = LocalDate.ofEpochDay(invoice.day());
        int slot = slot(date.getYear() * 12 + date.getMonthValue() - 1);
        monthCents[slot] += invoice.cents();
        if (invoice.kind() == Invoice.Kind.NORMAL) {
            monthCounts[slot]++;
            dayMasks[slot] |= 1 << (date.getDayOfMonth() - 1);
        }
        for (var category : invoice.categories()) {
            keep(category);
        }
    }

    private void keep(String category) {
        if (categories.size() < MAX_CATEGORIES || categories.contains(category)) {
            categories.add(category);
        } else {
            categoriesOmitted++;
        }
    }

    /** Index of the month in the sparse arrays, inserting it in order if new. */
    int slot(int month) {
        int i = Arrays.binarySearch(months, 0, size, month);
        if (i >= 0) {
            return i;
        }
        i = -i - 1;
        if (size == months.length) {
            int n = size * 2;
            months = Arrays.copyOf(months, n);
            monthCents = Arrays.copyOf(monthCents, n);
            monthCounts = Arrays.copyOf(monthCounts, n);
            dayMasks = Arrays.copyOf(dayMasks, n);
        }
        System.arraycopy(months, i, months, i + 1, size - i);
        System.arraycopy(monthCents, i, monthCents, i + 1, size - i);
        System.arraycopy(monthCounts, i, monthCounts, i + 1, size - i);
        System.arraycopy(dayMasks, i, dayMasks, i + 1, size - i);
        months[i] = month;
        monthCents[i] = 0;
        monthCounts[i] = 0;
        dayMasks[i] = 0;
        size++;
        return i;
    }

    /** Adds another aggregate of the same pair (an earlier load's, read back from the graph). */
    void merge(Trade other) {
        cents += other.cents;
        invoiceCount += other.invoiceCount;
        redCents += other.redCents;
        redCount += other.redCount;
        voidCents += other.voidCents;
        voidCount += other.voidCount;
        firstDay = Math.min(firstDay, other.firstDay);
        lastDay = Math.max(lastDay, other.lastDay);
        for (var c : other.categories) {
            keep(c);
        }
        categoriesOmitted += other.categoriesOmitted;
        for (int i = 0; i < other.size; i++) {
            int slot = slot(other.months[i]);
            monthCents[slot] += other.monthCents[i];
            monthCounts[slot] += other.monthCounts[i];
            dayMasks[slot] |= other.dayMasks[i];
        }
    }
}
