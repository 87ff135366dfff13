package dev.anchorgraph.analytics.fraud;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sellers of goods their industry does not deal in (a fruit grower invoicing steel, "主营业务为水果，却虚增大量钢材销售"),
 * as firms do that sell invoices rather than goods.
 *
 * <p>Whether a category is <em>implausible</em> for a seller is decided in this order:
 * <ol>
 * <li>The {@link GoodsPlausibility} table, wherever it speaks: it has a row for the seller's class or division and
 *     knows the category. Peers never override it, so a fraud wave inside one industry (half of a 30-firm peer group
 *     invoicing steel) cannot make its own goods look ordinary.</li>
 * <li>Where the table is silent (no row, or a category it does not know, such as a tax-code stand-in {@code tax:10701}),
 *     the peer group's data: implausible when fewer than {@code rareShare} (default 2 %) of the group's sellers are
 *     established sellers of the category ({@link PeerCounter}: a firm new to a category, as every member of a wave is,
 *     is no evidence), counted only when the group has at least {@code minPeers} (default 200) sellers. A smaller group
 *     gives no evidence either way: the category is then not held against the seller.</li>
 * </ol>
 * A firm of unknown industry is never flagged. A firm is flagged when the pairs carrying an implausible category hold at
 * least {@code minShare} (default 20 %) of its sales in the window: a stray line is not fraud.
 *
 * <p>Sales to buyers in {@code explained} (the firm's next member in a circular-trading ring) do not count as
 * implausible: a ring passes one firm's goods round firms of other industries, and is reported as the ring.
 *
 * <p>{@code SUPPLIES} keeps a pair's categories, not an amount per category, so a pair with an implausible category
 * counts in full. Cost O(pairs × categories) per firm with hash look-ups, after one pass counting peers.
 */
final class ImplausibleGoods {

    static final double DEFAULT_RARE_SHARE = 0.02;
    static final int DEFAULT_MIN_PEERS = 200;
    static final double DEFAULT_MIN_SHARE = 0.20;

    /**
     * @param sellers per peer group, its sellers
     * @param selling per peer group and category, the sellers that are evidence the category is ordinary there
     *                (established sellers, {@link PeerCounter})
     */
    record PeerCounts(Map<String, Long> sellers, Map<String, Map<String, Long>> selling) {}

    /** @param share implausible pairs' amount ÷ the firm's sales in the window */
    record Finding(List<String> categories, List<String> buyers, double amount, double share) {}

    private final GoodsPlausibility table;
    private final PeerCounts peers;
    private final double rareShare;
    private final int minPeers;
    private final double minShare;

    ImplausibleGoods(GoodsPlausibility table, PeerCounts peers) {
        this(table, peers, DEFAULT_RARE_SHARE, DEFAULT_MIN_PEERS, DEFAULT_MIN_SHARE);
    }

    /**
     * @param rareShare below this share of established sellers a category is implausible where the table is silent
     * @param minPeers  fewest sellers in a peer group for its data to count at all
     * @param minShare  least share of the firm's sales on implausible pairs for a flag
     */
    ImplausibleGoods(GoodsPlausibility table, PeerCounts peers, double rareShare, int minPeers, double minShare) {
        this.table = table;
        this.peers = peers;
        this.rareShare = rareShare;
        this.minPeers = minPeers;
        this.minShare = minShare;
    }

    boolean implausible(String industryCode, String category) {
        var expected = table.expects(industryCode, category);
        if (expected != null) {
            return !expected;
        }
        var group = table.peerGroup(industryCode);
        long sellers = group == null ? 0 : peers.sellers().getOrDefault(group, 0L);
        if (sellers < minPeers) {
            return false;
        }
        long established = peers.selling().getOrDefault(group, Map.of()).getOrDefault(category, 0L);
        return established < rareShare * sellers;
    }

    Optional<Finding> assess(FirmSales firm, Set<String> explained) {
        double total = 0;
        double flagged = 0;
        var categories = new TreeSet<String>();
        var buyers = new TreeSet<String>();
        for (var sale : firm.sales()) {
            double amount = Math.max(0, sale.windowAmount());
            total += amount;
            var odd = sale.categories().stream()
                    .filter(c -> implausible(firm.industryCode(), c))
                    .toList();
            if (!odd.isEmpty() && !explained.contains(sale.buyer())) {
                flagged += amount;
                categories.addAll(odd);
                buyers.add(sale.buyer());
            }
        }
        if (flagged <= 0 || flagged < minShare * total) {
            return Optional.empty();
        }
        return Optional.of(new Finding(List.copyOf(categories), List.copyOf(buyers), flagged, flagged / total));
    }
}
