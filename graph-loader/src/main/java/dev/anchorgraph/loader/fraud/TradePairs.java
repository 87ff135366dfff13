package dev.anchorgraph.loader.fraud;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The trade pairs of a ring window as they are read, each held as six primitives (about 50 bytes: a million firms
 * with five million pairs fit in a few hundred MB), then {@linkplain #trimmed() trimmed} to what can lie on a loop.
 */
final class TradePairs {

    private final ObjectIntHashMap<String> ids = new ObjectIntHashMap<>();
    private final List<String> usccs = new ArrayList<>();
    private final IntArrayList from = new IntArrayList();
    private final IntArrayList to = new IntArrayList();
    private final DoubleArrayList amounts = new DoubleArrayList();
    private final IntArrayList masks = new IntArrayList();
    private final org.eclipse.collections.impl.list.mutable.primitive.LongArrayList weeks =
            new org.eclipse.collections.impl.list.mutable.primitive.LongArrayList();

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
            from.add(id(seller));
            to.add(id(buyer));
            amounts.add(amount);
            masks.add(mask);
            weeks.add(weeksLow);
            weeks.add(weeksHigh);
        }
    }

    int size() {
        return from.size();
    }

    private int id(String uscc) {
        return ids.getIfAbsentPut(uscc, () -> {
            usccs.add(uscc);
            return usccs.size() - 1;
        });
    }

    /**
     * The pairs that can lie on a cycle ({@link Trim}): a firm that only sells or only buys is dropped with its pairs,
     * repeatedly. Ordinary supply chains run one way, so little of them is left; loops of ordinary trade stay.
     */
    LegGraph trimmed() {
        var live = new Trim(usccs.size(), from.toArray(), to.toArray()).liveEdges();
        var graph = new LegGraph.Builder();
        for (int e = 0; e < live.length; e++) {
            if (live[e]) {
                graph.add(usccs.get(from.get(e)), usccs.get(to.get(e)), amounts.get(e), masks.get(e), weeks.get(2 * e),
                        weeks.get(2 * e + 1));
            }
        }
        return graph.build();
    }
}
