package dev.anchorgraph.analytics.monitor;

import java.util.Optional;

/**
 * Whether a month's sales fell far below the firm's own trailing average, judged against the firm's rhythm.
 *
 * <p>{@code drop = 1 − sales(m) / avg(sales(m+1 … m+n))} with {@code n = trailingMonths}, months counted back from
 * the as-of month. A firm with at least {@code irregularZeroMonths} empty months among the 12 before {@code m}
 * (counted from its first sale in those 12: a firm new to the data has no rhythm yet) invoices irregularly (a contractor billing per project, a seasonal trade): one empty or low month is its normal
 * rhythm, so it is a drop only when month {@code m+1} was also more than {@code salesDrop} below the same average.
 * Below {@code minTrailingAverage} nothing is a drop (noise, not news). Cost O(12).
 *
 * @param sales     the month compared
 * @param trailing  the average it is compared with
 * @param irregular whether the firm's rhythm has empty months (then two low months in a row were needed)
 */
record SalesDrop(double sales, double trailing, double drop, boolean irregular) {

    /** @param sales newest first; {@code last} the index of the month compared */
    static Optional<SalesDrop> of(double[] sales, int last, MonitorRules rules) {
        double trailing = 0;
        for (int i = last + 1; i <= last + rules.trailingMonths(); i++) {
            trailing += sales[i];
        }
        trailing /= rules.trailingMonths();
        if (trailing < rules.minTrailingAverage() || trailing <= 0) {
            return Optional.empty();
        }
        double drop = 1 - sales[last] / trailing;
        if (drop <= rules.salesDrop()) {
            return Optional.empty();
        }
        // empty months count only after the firm's first sale in the window: before it, there is no rhythm to read
        int oldest = -1;
        for (int i = last + 1; i <= Math.min(sales.length - 1, last + 12); i++) {
            oldest = sales[i] > 0 ? i : oldest;
        }
        int empty = 0;
        for (int i = last + 1; i < oldest; i++) {
            empty += sales[i] <= 0 ? 1 : 0;
        }
        boolean irregular = empty >= rules.irregularZeroMonths();
        if (irregular && 1 - sales[last + 1] / trailing <= rules.salesDrop()) {
            return Optional.empty();
        }
        return Optional.of(new SalesDrop(sales[last], trailing, drop, irregular));
    }
}
