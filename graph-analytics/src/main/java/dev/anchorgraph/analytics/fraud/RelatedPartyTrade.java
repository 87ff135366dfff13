package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.contract.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Trade between related parties (关联交易): sales to or purchases from a firm linked to this one by shareholding
 * (one holds shares in the other, or both have a shareholder in common, person or firm) or by a person who is an
 * officer, legal representative included, of both. Such trade is not at arm's length: it can be priced at will and
 * turned on for a loan application, so it proves less than trade with strangers.
 *
 * <p>Input: the firm's sales and purchases over the last 12 months and its trade with each related partner in that
 * window. A firm is flagged when its related sales reach {@code minShare} (default 10 %) of its sales or its related
 * purchases that share of its purchases, and the related trade reaches {@code minAmount} (default 50,000 yuan):
 * occasional small dealings with a sister firm are ordinary. The finding's {@code share} is the larger of the two
 * shares; severity {@code medium} from {@code materialShare} (default 50 %), else {@code low}. Cost O(related pairs).
 */
final class RelatedPartyTrade {

    static final double DEFAULT_MIN_SHARE = 0.10;
    static final double DEFAULT_MIN_AMOUNT = 50_000;
    static final double DEFAULT_MATERIAL_SHARE = 0.50;

    /**
     * How two firms are related: {@code kind} one of the constants below, {@code via} and {@code name} the shared holder
     * or person ({@code null} for a holding between the two firms themselves).
     */
    record Link(String kind, String via, String name) {
        static final String HOLDS = "holds_shares_in";
        static final String HELD_BY = "held_by";
        static final String COMMON_SHAREHOLDER = "common_shareholder";
        static final String SHARED_OFFICER = "shared_officer";
    }

    /** @param sale {@code true}: the firm sells to the partner; {@code amount} in the 12-month window */
    record Pair(String partner, String name, boolean sale, double amount, List<Link> links) {}

    /** @param sales the firm's 12-month sales; {@code purchases} its purchases; {@code related} its related pairs */
    record Firm(String uscc, double sales, double purchases, List<Pair> related) {}

    /** @param pairs the related pairs with trade in the window, largest amount first */
    record Finding(
            double relatedSales, double relatedPurchases, double salesShare, double purchasesShare, List<Pair> pairs) {
        double share() {
            return Math.max(salesShare, purchasesShare);
        }
    }

    private final double minShare;
    private final double minAmount;
    private final double materialShare;

    RelatedPartyTrade() {
        this(DEFAULT_MIN_SHARE, DEFAULT_MIN_AMOUNT, DEFAULT_MATERIAL_SHARE);
    }

    RelatedPartyTrade(double minShare, double minAmount, double materialShare) {
        this.minShare = minShare;
        this.minAmount = minAmount;
        this.materialShare = materialShare;
    }

    Optional<Finding> assess(Firm firm) {
        double sold = 0;
        double bought = 0;
        for (var p : firm.related()) {
            if (p.amount() > 0 && !p.links().isEmpty()) {
                if (p.sale()) {
                    sold += p.amount();
                } else {
                    bought += p.amount();
                }
            }
        }
        double salesShare = firm.sales() > 0 ? sold / firm.sales() : 0;
        double purchasesShare = firm.purchases() > 0 ? bought / firm.purchases() : 0;
        if (sold + bought < minAmount || Math.max(salesShare, purchasesShare) < minShare) {
            return Optional.empty();
        }
        var pairs = firm.related().stream()
                .filter(p -> p.amount() > 0 && !p.links().isEmpty())
                .sorted(Comparator.comparingDouble(Pair::amount).reversed().thenComparing(Pair::partner))
                .toList();
        return Optional.of(new Finding(sold, bought, salesShare, purchasesShare, pairs));
    }

    Severity severity(Finding f) {
        return f.share() >= materialShare ? Severity.MEDIUM : Severity.LOW;
    }
}
