package dev.anchorgraph.analytics.monitor;

/**
 * The thresholds of the monitoring rules (docs/monitoring.md).
 *
 * @param salesDrop          a month's sales this far below the trailing average raise {@code sales_drop} (0.5 = half)
 * @param salesDropHigh      …and from this far, with severity high
 * @param trailingMonths     months averaged before the month compared
 * @param minTrailingAverage yuan; below this average a drop is noise, not news
 * @param silentDays         days without an invoice after which a previously stable large buyer is silent
 * @param irregularZeroMonths months without sales, among the 12 before the month compared, from which a firm invoices
 *                           irregularly: then one empty month is its rhythm, and only two months in a row below
 *                           the trailing average raise {@code sales_drop}
 * @param importantCounterparty a buyer or supplier in distress raises {@code counterparty_distress} from this share of
 *                           the borrower's 12-month sales or purchases
 */
public record MonitorRules(
        double salesDrop,
        double salesDropHigh,
        int trailingMonths,
        double minTrailingAverage,
        int silentDays,
        int irregularZeroMonths,
        double importantCounterparty) {

    public static final MonitorRules DEFAULTS = new MonitorRules(0.5, 0.8, 6, 50_000, 60, 2, 0.2);
}
