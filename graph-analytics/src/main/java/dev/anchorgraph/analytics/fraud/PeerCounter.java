package dev.anchorgraph.analytics.fraud;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts, per peer group ({@link GoodsPlausibility#peerGroup}), the sellers and, per category, the sellers that are
 * evidence the category is ordinary in the group: the <em>established</em> sellers, those with a pair carrying the
 * category that has traded in at least {@code minMonths} (default 6) months.
 *
 * <p>Why established only: peers that could themselves be flagged for a category must not vouch for it, or a wave
 * of firms starting to invoice the same foreign goods at once (fruit growers selling steel for three months) makes
 * those goods look ordinary for the group and hides itself. Whether a peer would be flagged depends on the very
 * counts being made, so the rule uses what every wave member has in common instead: it is new to the category.
 * A firm that has sold the category for half a year or more is counted whatever its share. Limit: {@code SUPPLIES}
 * keeps a pair's categories but not their months, so a firm invoicing foreign goods to a buyer it has long sold its
 * own goods to looks established; where the table has a row this does not matter, as the table decides there.
 *
 * <p>Memory: one counter per group and category, not per seller. Cost O(categories) per seller added.
 */
final class PeerCounter {

    static final int DEFAULT_MIN_MONTHS = 6;

    private final GoodsPlausibility table;
    private final int minMonths;
    private final Map<String, Long> sellers = new HashMap<>();
    private final Map<String, Map<String, Long>> selling = new HashMap<>();

    PeerCounter(GoodsPlausibility table) {
        this(table, DEFAULT_MIN_MONTHS);
    }

    /** @param minMonths fewest months of trade on a pair carrying a category for its seller to count as established */
    PeerCounter(GoodsPlausibility table, int minMonths) {
        this.table = table;
        this.minMonths = minMonths;
    }

    /**
     * One seller.
     *
     * @param monthsByCategory per category it sells, the most months any of its pairs carrying it has traded in
     */
    void add(String industryCode, Map<String, Integer> monthsByCategory) {
        var group = table.peerGroup(industryCode);
        if (group == null || monthsByCategory.isEmpty()) {
            return;
        }
        sellers.merge(group, 1L, Long::sum);
        monthsByCategory.forEach((category, months) -> {
            if (months >= minMonths) {
                selling.computeIfAbsent(group, g -> new HashMap<>()).merge(category, 1L, Long::sum);
            }
        });
    }

    ImplausibleGoods.PeerCounts counts() {
        return new ImplausibleGoods.PeerCounts(Map.copyOf(sellers), Map.copyOf(selling));
    }
}
