package dev.anchorgraph.loader.fraud;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Sellers of goods their industry does not deal in (a fruit grower invoicing steel), as firms do that sell invoices
 * rather than goods.
 *
 * <p>A category is <em>implausible</em> for a seller when the {@link GoodsPlausibility} table does not expect it for
 * the seller's peer group (class or division) and the data does not contradict the table: fewer than
 * {@code commonShare} (default 10 %) of the group's sellers sell it, counted only when the group has at least
 * {@code minPeers} (default 20) sellers. Without a table row the data alone decides: fewer than {@code rareShare}
 * (default 2 %) of at least {@code minPeers} sellers. A firm is flagged when the pairs carrying an implausible
 * category hold at least {@code minShare} (default 20 %) of its sales in the window: a stray line is not fraud.
 *
 * <p>Sales to buyers in {@code explained} (the firm's next member in a circular-trading ring) do not count as
 * implausible: a ring passes one firm's goods round firms of other industries, and is reported as the ring.
 *
 * <p>{@code SUPPLIES} keeps a pair's categories, not an amount per category, so a pair with an implausible category
 * counts in full. Cost O(pairs × categories) per firm, after one pass counting sellers per group and category.
 */
final class ImplausibleGoods {

    static final double DEFAULT_COMMON_SHARE = 0.10;
    static final double DEFAULT_RARE_SHARE = 0.02;
    static final int DEFAULT_MIN_PEERS = 20;
    static final double DEFAULT_MIN_SHARE = 0.20;

    /** @param sellers sellers per peer group; {@code selling} sellers per peer group and category */
    record PeerCounts(Map<String, Long> sellers, Map<String, Map<String, Long>> selling) {}

    /** @param share implausible pairs' amount ÷ the firm's sales in the window */
    record Finding(List<String> categories, List<String> buyers, double amount, double share) {}

    private final GoodsPlausibility table;
    private final PeerCounts peers;
    private final double commonShare;
    private final double rareShare;
    private final int minPeers;
    private final double minShare;

    ImplausibleGoods(GoodsPlausibility table, PeerCounts peers) {
        this(table, peers, DEFAULT_COMMON_SHARE, DEFAULT_RARE_SHARE, DEFAULT_MIN_PEERS, DEFAULT_MIN_SHARE);
    }

    ImplausibleGoods(GoodsPlausibility table, PeerCounts peers, double commonShare, double rareShare, int minPeers,
                     double minShare) {
        this.table = table;
        this.peers = peers;
        this.commonShare = commonShare;
        this.rareShare = rareShare;
        this.minPeers = minPeers;
        this.minShare = minShare;
    }

    boolean implausible(String industryCode, String category) {
        var group = table.peerGroup(industryCode);
        if (group == null) {
            return false;
        }
        long sellers = peers.sellers().getOrDefault(group, 0L);
        double share = sellers == 0 ? 0 : peers.selling().getOrDefault(group, Map.of()).getOrDefault(category, 0L) / (double) sellers;
        var expected = table.expects(industryCode, category);
        if (expected == null) {
            return sellers >= minPeers && share < rareShare;
        }
        return !expected && (sellers < minPeers || share < commonShare);
    }

    Optional<Finding> assess(FirmSales firm, java.util.Set<String> explained) {
        double total = 0;
        double flagged = 0;
        var categories = new TreeSet<String>();
        var buyers = new TreeSet<String>();
        for (var sale : firm.sales()) {
            double amount = Math.max(0, sale.windowAmount());
            total += amount;
            var odd = sale.categories().stream().filter(c -> implausible(firm.industryCode(), c)).toList();
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
