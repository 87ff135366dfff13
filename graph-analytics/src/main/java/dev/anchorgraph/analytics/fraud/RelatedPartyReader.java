package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * Reads, for a batch of firms in USCC order, their 12-month sales and purchases and their trade with related firms
 * ({@link RelatedPartyTrade}), each link found from the pair outwards: a holding between the two, a holder of both,
 * a person officer of both. Only pairs with a link and trade in the window come back.
 */
final class RelatedPartyReader {

    private static final String READ = """
            MATCH (c:Company) WHERE c.uscc > $after
            WITH c ORDER BY c.uscc LIMIT $n
            CALL (c) {
              OPTIONAL MATCH (c)-[s:SUPPLIES]-(b:Company) WHERE b <> c AND s.lastOn >= $since
              WITH c, b, startNode(s) = c AS sale,
                   reduce(t = 0.0, i IN range(0, size(coalesce(s.months, [])) - 1) |
                          t + CASE WHEN $fromMonth <= s.months[i] <= $toMonth THEN s.monthlyAmounts[i] ELSE 0.0 END) AS amount
              WITH c, b, sale, amount, CASE WHEN b IS NULL OR amount <= 0 THEN [] ELSE
                   [(c)-[:HOLDS_SHARES]->(b) | {kind: 'holds_shares_in'}]
                   + [(b)-[:HOLDS_SHARES]->(c) | {kind: 'held_by'}]
                   + [(c)<-[:HOLDS_SHARES]-(x)-[:HOLDS_SHARES]->(b) | {kind: 'common_shareholder', via: coalesce(x.uscc, x.id), name: x.name}]
                   + [(c)<-[:OFFICER_OF]-(p:Person)-[:OFFICER_OF]->(b) | {kind: 'shared_officer', via: p.id, name: p.name}]
                   END AS links
              RETURN sum(CASE WHEN sale THEN amount ELSE 0.0 END) AS sales,
                     sum(CASE WHEN NOT sale THEN amount ELSE 0.0 END) AS purchases,
                     collect(CASE WHEN size(links) > 0 THEN {partner: b.uscc, name: b.name, sale: sale, amount: amount,
                             links: links} END) AS related
            }
            RETURN c.uscc AS uscc, sales, purchases, related
            ORDER BY uscc
            """;

    private final Neo4jConnection neo4j;
    private final Months months;

    RelatedPartyReader(Neo4jConnection neo4j, Months months) {
        this.neo4j = neo4j;
        this.months = months;
    }

    List<RelatedPartyTrade.Firm> next(String after, int batchSize) {
        var to = YearMonth.from(months.asOf());
        var from = to.minusMonths(11);
        try (var s = neo4j.driver().session(neo4j.session())) {
            return s.run(
                            READ,
                            Map.of(
                                    "after",
                                    after,
                                    "n",
                                    batchSize,
                                    "since",
                                    from.atDay(1),
                                    "fromMonth",
                                    from.toString(),
                                    "toMonth",
                                    to.toString()))
                    .list(r -> new RelatedPartyTrade.Firm(
                            r.get("uscc").asString(),
                            r.get("sales").asDouble(),
                            r.get("purchases").asDouble(),
                            r.get("related").asList(RelatedPartyReader::pair)));
        }
    }

    private static RelatedPartyTrade.Pair pair(Value v) {
        return new RelatedPartyTrade.Pair(
                v.get("partner").asString(),
                string(v.get("name")),
                v.get("sale").asBoolean(),
                v.get("amount").asDouble(),
                v
                        .get("links")
                        .asList(l -> new RelatedPartyTrade.Link(
                                l.get("kind").asString(), string(l.get("via")), string(l.get("name"))))
                        .stream()
                        .distinct()
                        .sorted(Comparator.comparing(RelatedPartyTrade.Link::kind)
                                .thenComparing(RelatedPartyTrade.Link::via, Comparator.nullsFirst(String::compareTo)))
                        .toList());
    }

    private static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
