package dev.anchorgraph.generator;

import java.util.random.RandomGenerator;

/**
 * Spreads the ordinary invoices over the months and trading pairs so that the total is exactly what was asked for.
 *
 * <p>A month's share follows its season and the trade active in it (firms founded later join, revoked ones leave),
 * each pair scaled by the {@link Momentum} of its two firms (growing, shrinking, falling before a default) and cut
 * when its buyer is an {@linkplain DistressedAnchors anchor in distress}.
 * Within a month a pair invoices with its steadiness as probability, and then more or less than usual, so steady
 * partners invoice nearly every month and occasional ones now and then. Systematic rounding (one random offset, then
 * running floors) turns the shares into whole counts without bias; an invoice that floating-point error loses or
 * gains goes to the month's biggest pair.
 */
final class MonthlyVolume {

    private final TradeNetwork trade;
    private final InvoiceWindow window;
    private final Momentum momentum;
    private final DistressedAnchors distressed;
    /** The firms' momentum factors of the month at hand. */
    private final double[] firmFactors;
    /** The firms' purchase factors of the month at hand: below 1 only for anchors in distress. */
    private final double[] purchaseFactors;

    private final RandomGenerator r;
    private final int[] from;
    private final int[] to;
    private final double[] share;
    private final int[] counts;

    MonthlyVolume(Economy economy, RandomGenerator r) {
        this.trade = economy.trade();
        this.window = economy.window();
        this.momentum = economy.momentum();
        this.distressed = economy.distressed();
        this.firmFactors = new double[economy.companies().size()];
        this.purchaseFactors = new double[economy.companies().size()];
        this.r = r;
        int edges = trade.size();
        from = new int[edges];
        to = new int[edges];
        for (int e = 0; e < edges; e++) {
            var s = economy.company(trade.seller(e));
            var b = economy.company(trade.buyer(e));
            from[e] = Math.max(s.activeFrom(), b.activeFrom());
            to[e] = Math.min(s.activeTo(), b.activeTo());
        }
        share = new double[edges];
        counts = new int[edges];
    }

    /** The number of ordinary invoices of each month, summing to {@code total}. */
    long[] monthTotals(long total) {
        var weights = new double[window.months()];
        for (int m = 0; m < weights.length; m++) {
            momentum.factors(m, firmFactors);
            distressed.purchaseFactors(m, purchaseFactors);
            for (int e = 0; e < trade.size(); e++) {
                if (m >= from[e] && m < to[e]) {
                    weights[m] += weight(e);
                }
            }
            weights[m] *= window.season(m);
        }
        return apportion(weights, total);
    }

    /** Invoices per edge in the month, summing to {@code total}; the array is reused by the next call. */
    int[] counts(int month, long total) {
        momentum.factors(month, firmFactors);
        distressed.purchaseFactors(month, purchaseFactors);
        double sum = 0;
        for (int e = 0; e < share.length; e++) {
            double steady = trade.steadiness(e);
            boolean active = month >= from[e] && month < to[e];
            share[e] = active && r.nextDouble() < steady ? weight(e) * (0.5 + r.nextDouble()) / steady : 0;
            sum += share[e];
        }
        if (sum == 0) {
            for (int e = 0; e < share.length; e++) {
                share[e] = month >= from[e] && month < to[e] ? weight(e) : 0;
                sum += share[e];
            }
        }
        double scale = sum == 0 ? 0 : total / sum;
        double running = r.nextDouble();
        long before = 0;
        long given = 0;
        int biggest = 0;
        for (int e = 0; e < share.length; e++) {
            running += share[e] * scale;
            long floor = (long) running;
            counts[e] = (int) (floor - before);
            before = floor;
            given += counts[e];
            biggest = share[e] > share[biggest] ? e : biggest;
        }
        if (given != total) {
            counts[biggest] = (int) (counts[biggest] + total - given);
        }
        return counts;
    }

    /** The pair's weight in the month at hand, moved by both firms' momentum and the buyer's distress. */
    private double weight(int edge) {
        int buyer = trade.buyer(edge);
        return trade.weight(edge) * firmFactors[trade.seller(edge)] * firmFactors[buyer] * purchaseFactors[buyer];
    }

    /** Largest-remainder apportionment of {@code total} in proportion to the weights. */
    static long[] apportion(double[] weights, long total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (sum == 0 && total > 0) {
            throw new GeneratorException(
                    "No trade to invoice: the firms drawn have no trading partners; use more companies");
        }
        var result = new long[weights.length];
        var rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : total * (weights[i] / sum);
            result[i] = (long) Math.floor(exact);
            rest[i] = weights[i] == 0 ? -1 : exact - result[i];
            given += result[i];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                best = rest[i] > rest[best] ? i : best;
            }
            result[best]++;
            rest[best] = -1;
        }
        for (; given > total; given--) {
            int best = 0;
            for (int i = 1; i < result.length; i++) {
                best = result[i] > result[best] ? i : best;
            }
            result[best]--;
        }
        return result;
    }
}
