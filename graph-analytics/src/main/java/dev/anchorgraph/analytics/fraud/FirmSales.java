package dev.anchorgraph.analytics.fraud;

import java.util.List;

/**
 * A seller's own sales pairs, as a fraud run reads them.
 *
 * @param industryCode GB/T 4754 class, or {@code null}
 * @param firstDigits  counts of its normal invoices by the first digit of the amount ({@code Company.firstDigits}),
 *                     or {@code null}
 */
record FirmSales(String uscc, String industryCode, List<Sale> sales, long[] firstDigits) {

    FirmSales(String uscc, String industryCode, List<Sale> sales) {
        this(uscc, industryCode, sales, null);
    }

    /**
     * @param monthly    net amount by months back from the as-of month ({@code monthly[0]} = the as-of month)
     * @param categories goods categories seen on the pair
     * @param gross      normal invoices before red-letter reversals, whole history
     * @param red        red-letter reversals as a positive amount, whole history
     * @param voided     void invoices, whole history
     */
    record Sale(String buyer, double[] monthly, List<String> categories, double gross, double red, double voided) {

        double windowAmount() {
            double sum = 0;
            for (double m : monthly) {
                sum += m;
            }
            return sum;
        }
    }

    /** The firm's sales by months back, summed over its buyers. */
    double[] monthly(int length) {
        var total = new double[length];
        for (var sale : sales) {
            for (int i = 0; i < length && i < sale.monthly().length; i++) {
                total[i] += sale.monthly()[i];
            }
        }
        return total;
    }
}
