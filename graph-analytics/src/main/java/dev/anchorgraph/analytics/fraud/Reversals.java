package dev.anchorgraph.analytics.fraud;

import java.util.Optional;

/**
 * An unusual share of red-letter reversals (红字发票) and void invoices (作废发票): invoices issued and then taken back,
 * as when invoices are issued to inflate turnover or test a buyer, then cancelled.
 *
 * <p>Ratio = (red + void) ÷ (normal invoices before reversal + void), over the firm's sales pairs, whole stored
 * history ({@code SUPPLIES} keeps these totals per pair, not per month). Flagged at {@code minRatio} (default 30 %;
 * ordinary firms reverse or void about 1–2 %) when the reversed amount reaches {@code minAmount} (default 50,000
 * yuan), so that one cancelled invoice of a tiny firm is not a pattern. Cost O(pairs).
 */
final class Reversals {

    static final double DEFAULT_MIN_RATIO = 0.30;
    static final double DEFAULT_MIN_AMOUNT = 50_000;

    record Finding(double reversed, double issued, double ratio) {}

    private final double minRatio;
    private final double minAmount;

    Reversals() {
        this(DEFAULT_MIN_RATIO, DEFAULT_MIN_AMOUNT);
    }

    Reversals(double minRatio, double minAmount) {
        this.minRatio = minRatio;
        this.minAmount = minAmount;
    }

    Optional<Finding> assess(FirmSales firm) {
        double reversed = 0;
        double issued = 0;
        for (var sale : firm.sales()) {
            reversed += sale.red() + sale.voided();
            issued += sale.gross() + sale.voided();
        }
        if (reversed < minAmount || issued <= 0 || reversed / issued < minRatio) {
            return Optional.empty();
        }
        return Optional.of(new Finding(reversed, issued, reversed / issued));
    }
}
