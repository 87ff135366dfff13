package dev.anchorgraph.loader.invoice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * All invoices of a load summed per seller → buyer pair. Companies are interned to ints so a pair is one long key;
 * memory grows with the number of distinct pairs, not of invoices.
 */
final class TradeAggregation {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> usccs = new ArrayList<>();
    private final LongObjectHashMap<Trade> pairs = new LongObjectHashMap<>();
    private final FirstDigits firstDigits = new FirstDigits();
    private int latestDay = Integer.MIN_VALUE;

    int intern(String uscc) {
        var id = ids.get(uscc);
        if (id == null) {
            id = usccs.size();
            ids.put(uscc, id);
            usccs.add(uscc);
        }
        return id;
    }

    void add(Invoice invoice) {
        long key = ((long) invoice.seller() << 32) | invoice.buyer();
        var trade = pairs.get(key);
        if (trade == null) {
            trade = new Trade();
            pairs.put(key, trade);
        }
        trade.add(invoice);
        firstDigits.add(invoice);
        latestDay = Math.max(latestDay, invoice.day());
    }

    int pairCount() {
        return pairs.size();
    }

    /** Epoch day of the newest invoice, or {@code Integer.MIN_VALUE} when there is none. */
    int latestDay() {
        return latestDay;
    }

    /**
     * One pair ready to write.
     *
     * @param firstDigits the seller's first-digit counts of this load ({@link FirstDigits}) on the seller's first
     *                    pair in the sorted order, {@code null} on its other pairs: written with that pair, they are
     *                    added exactly once, as the pair is
     */
    record Pair(String seller, String buyer, Trade trade, long[] firstDigits) {}

    /** The pairs sorted by seller then buyer: the fixed order that makes progress counts resumable. */
    List<Pair> sortedPairs() {
        var result = new ArrayList<Pair>(pairs.size());
        pairs.forEachKeyValue(
                (key, trade) -> result.add(new Pair(usccs.get((int) (key >>> 32)), usccs.get((int) key), trade, null)));
        result.sort(Comparator.comparing(Pair::seller).thenComparing(Pair::buyer));
        for (int i = 0; i < result.size(); i++) {
            var p = result.get(i);
            if (i == 0 || !result.get(i - 1).seller().equals(p.seller())) {
                result.set(i, new Pair(p.seller(), p.buyer(), p.trade(), firstDigits.counts(ids.get(p.seller()))));
            }
        }
        return result;
    }
}
