package dev.anchorgraph.analytics.fraud;

/**
 * The trade pairs of a ring window as they are read, each held as a few primitives (about 50 bytes: a million firms
 * with five million pairs fit in a few hundred MB), then {@linkplain #trimmed() trimmed} to what can lie on a loop.
 */
final class TradePairs {

    private final LegGraph.Builder legs = new LegGraph.Builder();

    /**
     * @param series    the pair's amount per month, {@code series[i]} {@code i} months before the as-of month (≤ 31)
     * @param weeksLow  weeks 0–63 of the window (oldest first) with an invoice of the pair; -1 with {@code weeksHigh}
     *                  when the days are not known
     */
    void add(String seller, String buyer, double[] series, long weeksLow, long weeksHigh) {
        int mask = 0;
        double amount = 0;
        for (int i = 0; i < series.length; i++) {
            if (series[i] > 0) {
                mask |= 1 << i;
                amount += series[i];
            }
        }
        if (mask != 0) {
            legs.add(seller, buyer, amount, mask, weeksLow, weeksHigh);
        }
    }

    /**
     * The pairs that can lie on a cycle ({@link Trim}): a firm that only sells or only buys is dropped with its pairs,
     * repeatedly. Ordinary supply chains run one way, so little of them is left; loops of ordinary trade stay.
     */
    LegGraph trimmed() {
        return legs.build(legs.onLoops());
    }
}
