package dev.anchorgraph.analytics.fraud;

import java.util.Arrays;
import java.util.Optional;

/**
 * A sudden surge of sales against the firm's own baseline, as when a firm starts issuing invoices for sale.
 *
 * <p>Input: the firm's monthly sales by months back ({@code sales[0]} = the as-of month). The baseline is the
 * median of the {@code baselineMonths} (default 12) months before the last {@code recentMonths} (default 3), months
 * without sales counted as zero. A surge is the best recent month reaching {@code multiple} (default 3) times the
 * baseline and at least {@code minAmount} (default 200,000 yuan), when the firm sold in at least
 * {@code minActiveMonths} (default 6) baseline months: a firm without a year's record has no baseline to surge
 * from, and small amounts are noise. The median, not the mean, so that one big order in the year does not hide a
 * surge. Ties between recent months go to the latest. Cost O(baselineMonths · log baselineMonths).
 */
final class SalesSurge {

    static final int DEFAULT_RECENT_MONTHS = 3;
    static final int DEFAULT_BASELINE_MONTHS = 12;
    static final double DEFAULT_MULTIPLE = 3.0;
    static final double DEFAULT_MIN_AMOUNT = 200_000;
    static final int DEFAULT_MIN_ACTIVE_MONTHS = 6;

    /** @param monthsBack the surge month, 0 = the as-of month */
    record Surge(int monthsBack, double amount, double baseline) {
        double multiple() {
            return amount / baseline;
        }
    }

    private final int recentMonths;
    private final int baselineMonths;
    private final double multiple;
    private final double minAmount;
    private final int minActiveMonths;

    SalesSurge() {
        this(
                DEFAULT_RECENT_MONTHS,
                DEFAULT_BASELINE_MONTHS,
                DEFAULT_MULTIPLE,
                DEFAULT_MIN_AMOUNT,
                DEFAULT_MIN_ACTIVE_MONTHS);
    }

    SalesSurge(int recentMonths, int baselineMonths, double multiple, double minAmount, int minActiveMonths) {
        this.recentMonths = recentMonths;
        this.baselineMonths = baselineMonths;
        this.multiple = multiple;
        this.minAmount = minAmount;
        this.minActiveMonths = minActiveMonths;
    }

    /** The length of series {@link #surge} reads. */
    int months() {
        return recentMonths + baselineMonths;
    }

    Optional<Surge> surge(double[] sales) {
        if (sales.length < months()) {
            return Optional.empty();
        }
        var baseline = Arrays.copyOfRange(sales, recentMonths, months());
        if (Arrays.stream(baseline).filter(v -> v > 0).count() < minActiveMonths) {
            return Optional.empty();
        }
        Arrays.sort(baseline);
        int n = baseline.length;
        double median = n % 2 == 1 ? baseline[n / 2] : (baseline[n / 2 - 1] + baseline[n / 2]) / 2;
        int best = 0;
        for (int i = 1; i < recentMonths; i++) {
            if (sales[i] > sales[best]) {
                best = i;
            }
        }
        double amount = sales[best];
        if (median <= 0 || amount < minAmount || amount < multiple * median) {
            return Optional.empty();
        }
        return Optional.of(new Surge(best, amount, median));
    }
}
