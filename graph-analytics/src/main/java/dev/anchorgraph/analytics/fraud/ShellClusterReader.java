package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * Reads what {@link ShellClusters} needs. The link groups are grouped inside Neo4j (one aggregation per kind of
 * link over the young firms only, index on {@code Company.foundedOn}), so only groups of two or more young firms
 * reach the loader, and a group above the cap comes back as its size alone. Addresses are compared with blanks
 * removed. Members' sales are then read in batches of {@code batchSize} firms.
 */
final class ShellClusterReader {

    private static final String REPRESENTATIVES = """
            MATCH (c:Company) WHERE $since <= c.foundedOn <= $asOf
            MATCH (p:Person)-[:OFFICER_OF {role: 'legal_representative'}]->(c)
            WITH p, collect(DISTINCT c.uscc) AS firms WHERE size(firms) >= 2
            RETURN 'legal_representative' AS kind, p.id AS via, p.name AS name, size(firms) AS size,
                   CASE WHEN size(firms) <= $cap THEN firms ELSE [] END AS firms
            """;

    private static final String SHAREHOLDERS = """
            MATCH (c:Company) WHERE $since <= c.foundedOn <= $asOf
            MATCH (h)-[:HOLDS_SHARES]->(c)
            WITH h, collect(DISTINCT c.uscc) AS firms WHERE size(firms) >= 2
            RETURN 'shareholder' AS kind, coalesce(h.uscc, h.id) AS via, h.name AS name, size(firms) AS size,
                   CASE WHEN size(firms) <= $cap THEN firms ELSE [] END AS firms
            """;

    private static final String ADDRESSES = """
            MATCH (c:Company) WHERE $since <= c.foundedOn <= $asOf AND c.address IS NOT NULL
            WITH replace(replace(trim(c.address), ' ', ''), '\u3000', '') AS address, c
            WHERE address <> ''
            WITH address, collect(c.uscc) AS firms WHERE size(firms) >= 2
            RETURN 'address' AS kind, address AS via, null AS name, size(firms) AS size,
                   CASE WHEN size(firms) <= $cap THEN firms ELSE [] END AS firms
            """;

    private static final String MEMBERS = """
            UNWIND $usccs AS u
            MATCH (c:Company {uscc: u})
            CALL (c) {
              OPTIONAL MATCH (c)-[s:SUPPLIES]->(b:Company) WHERE s.lastOn >= $since12 AND b <> c
              WITH b, reduce(t = 0.0, i IN range(0, size(coalesce(s.months, [])) - 1) |
                          t + CASE WHEN $fromMonth <= s.months[i] <= $toMonth THEN s.monthlyAmounts[i] ELSE 0.0 END) AS amount
              RETURN collect(CASE WHEN b IS NULL THEN null ELSE {buyer: b.uscc, amount: amount} END) AS sales
            }
            RETURN c.uscc AS uscc, c.foundedOn AS foundedOn, c.registeredCapital AS capital, sales
            """;

    private final Neo4jConnection neo4j;
    private final LocalDate asOf;

    ShellClusterReader(Neo4jConnection neo4j, LocalDate asOf) {
        this.neo4j = neo4j;
        this.asOf = asOf;
    }

    /** @param cap groups of more young firms than this come back without their firms (their size is kept) */
    List<ShellClusters.LinkGroup> groups(int maxAgeYears, int cap) {
        var groups = new ArrayList<ShellClusters.LinkGroup>();
        var params = Map.<String, Object>of("since", asOf.minusYears(maxAgeYears), "asOf", asOf, "cap", cap);
        try (var s = neo4j.driver().session(neo4j.session())) {
            for (var query : List.of(REPRESENTATIVES, SHAREHOLDERS, ADDRESSES)) {
                s.run(query, params).forEachRemaining(r -> {
                    var firms = new ArrayList<>(r.get("firms").asList(Value::asString));
                    firms.sort(null);
                    groups.add(new ShellClusters.LinkGroup(
                            r.get("kind").asString(),
                            r.get("via").asString(),
                            r.get("name").isNull() ? null : r.get("name").asString(),
                            r.get("size").asInt(),
                            List.copyOf(firms)));
                });
            }
        }
        groups.sort(Comparator.comparing(ShellClusters.LinkGroup::kind).thenComparing(ShellClusters.LinkGroup::via));
        return groups;
    }

    Map<String, ShellClusters.Member> members(List<String> usccs, int batchSize) {
        var to = YearMonth.from(asOf);
        var from = to.minusMonths(11);
        var result = new HashMap<String, ShellClusters.Member>();
        for (int i = 0; i < usccs.size(); i += batchSize) {
            var batch = usccs.subList(i, Math.min(usccs.size(), i + batchSize));
            try (var s = neo4j.driver().session(neo4j.session())) {
                s.run(
                                MEMBERS,
                                Map.of(
                                        "usccs",
                                        batch,
                                        "since12",
                                        from.atDay(1),
                                        "fromMonth",
                                        from.toString(),
                                        "toMonth",
                                        to.toString()))
                        .forEachRemaining(r -> {
                            var salesTo = new HashMap<String, Double>();
                            double total = 0;
                            for (var sale : r.get("sales").asList(v -> v)) {
                                double amount = sale.get("amount").asDouble();
                                salesTo.merge(sale.get("buyer").asString(), amount, Double::sum);
                                total += amount;
                            }
                            result.put(
                                    r.get("uscc").asString(),
                                    new ShellClusters.Member(
                                            r.get("uscc").asString(),
                                            r.get("foundedOn").isNull()
                                                    ? null
                                                    : r.get("foundedOn").asLocalDate(),
                                            r.get("capital").isNull()
                                                    ? null
                                                    : r.get("capital").asDouble(),
                                            total,
                                            salesTo));
                        });
            }
        }
        return result;
    }
}
