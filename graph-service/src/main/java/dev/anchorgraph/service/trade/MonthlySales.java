package dev.anchorgraph.service.trade;

import java.time.LocalDate;
import java.util.List;

/**
 * A firm's sales month by month, split by buyer, from the trade the loader aggregated ({@code SUPPLIES} monthly
 * lists: net of red-letter reversals, void invoices not counted; CNY excluding tax).
 *
 * @param asOf   the window ends with this date's month: the firm's risk as-of date, or its latest sale when unscored;
 *               null (and empty lists) when the firm has neither
 * @param months {@code yyyy-MM}, oldest first
 * @param total  sales per month, parallel to {@code months}
 * @param buyers the largest buyers over the window, largest first
 * @param others the remaining buyers, summed
 */
record MonthlySales(
        String uscc,
        String name,
        LocalDate asOf,
        List<String> months,
        List<Double> total,
        List<Buyer> buyers,
        Others others) {

    /**
     * @param large  a large buyer as the score step marks it ({@code largeBuyer}: an anchor, a large firm, or one
     *               of unknown scale whose purchases are in the top percentile)
     * @param amount sales to this buyer over the window
     */
    record Buyer(String uscc, String name, boolean large, boolean anchor, double amount, List<Double> monthly) {}

    record Others(int buyers, double amount, List<Double> monthly) {}
}
