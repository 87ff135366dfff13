package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.contract.FraudPattern;
import dev.anchorgraph.contract.Severity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A {@link RelatedPartyTrade} finding as a flag: the counterparties with their links, amounts and shares. */
final class RelatedPartyFlag {

    static final String PATTERN = FraudPattern.RELATED_PARTY_TRADE.code();
    /** Counterparties listed in the evidence, largest first; the totals cover all of them. */
    static final int MAX_LISTED = 20;

    private RelatedPartyFlag() {}

    static FlagWriter.Flag of(RelatedPartyTrade.Firm firm, RelatedPartyTrade.Finding f, Severity severity) {
        var counterparties = f.pairs().stream()
                .limit(MAX_LISTED)
                .map(p -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("counterparty", p.partner());
                    row.put("name", p.name());
                    row.put("direction", p.sale() ? "sale" : "purchase");
                    row.put("amount", round(p.amount()));
                    row.put(
                            "share",
                            round(p.sale() ? share(p.amount(), firm.sales()) : share(p.amount(), firm.purchases())));
                    row.put(
                            "links",
                            p.links().stream()
                                    .map(l -> {
                                        var link = new LinkedHashMap<String, Object>();
                                        link.put("kind", l.kind());
                                        link.put("via", l.via());
                                        link.put("name", l.name());
                                        return link;
                                    })
                                    .toList());
                    return (Map<String, Object>) row;
                })
                .toList();
        var evidence = new LinkedHashMap<String, Object>();
        evidence.put("relatedSales", round(f.relatedSales()));
        evidence.put("sales", round(firm.sales()));
        evidence.put("salesShare", round(f.salesShare()));
        evidence.put("relatedPurchases", round(f.relatedPurchases()));
        evidence.put("purchases", round(firm.purchases()));
        evidence.put("purchasesShare", round(f.purchasesShare()));
        evidence.put("share", round(f.share()));
        evidence.put("counterparties", counterparties);
        evidence.put(
                "counterpartyCount",
                f.pairs().stream()
                        .map(RelatedPartyTrade.Pair::partner)
                        .distinct()
                        .count());
        var kinds = f.pairs().stream()
                .flatMap(p -> p.links().stream())
                .map(RelatedPartyTrade.Link::kind)
                .distinct()
                .sorted()
                .toList();
        return new FlagWriter.Flag(
                firm.uscc(),
                PATTERN,
                severity,
                String.format(
                        Locale.ROOT,
                        "%.0f%% of sales and %.0f%% of purchases with %d related firm(s) (%s), last 12 months",
                        100 * f.salesShare(),
                        100 * f.purchasesShare(),
                        evidence.get("counterpartyCount"),
                        String.join(", ", kinds)),
                evidence);
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
