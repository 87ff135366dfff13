package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;

/** Reads firms in batches ordered by USCC, each with its own sales pairs only, and the peer counts of goods. */
final class FirmSalesReader {

    private static final String FIRMS = """
            MATCH (c:Company) WHERE c.uscc > $after
            WITH c ORDER BY c.uscc LIMIT $n
            OPTIONAL MATCH (c)-[s:SUPPLIES]->(b:Company)
            RETURN c.uscc AS uscc, c.industryCode AS industry, c.firstDigits AS firstDigits,
                   collect(CASE WHEN s IS NULL THEN null ELSE {buyer: b.uscc, months: s.months, amounts: s.monthlyAmounts,
                           categories: s.categories, amount: s.amount, red: s.redAmount, void: s.voidAmount} END) AS sales
            ORDER BY uscc
            """;

    /**
     * Per seller with an industry code, each category it sells with the most months any of its pairs carrying the
     * category has traded in (what {@link PeerCounter} needs to tell established sellers from new ones).
     */
    private static final String PEERS = """
            MATCH (c:Company) WHERE c.industryCode IS NOT NULL
            CALL (c) {
              MATCH (c)-[s:SUPPLIES]->()
              UNWIND coalesce(s.categories, []) AS category
              WITH category, max(size(coalesce(s.months, []))) AS months
              RETURN collect({category: category, months: months}) AS categories
            }
            WITH c, categories WHERE size(categories) > 0
            RETURN c.industryCode AS code, categories
            """;

    private final Neo4jConnection neo4j;
    private final Months months;
    private final int window;

    /** @param window months of sales read per pair, ending with the as-of month */
    FirmSalesReader(Neo4jConnection neo4j, Months months, int window) {
        this.neo4j = neo4j;
        this.months = months;
        this.window = window;
    }

    List<FirmSales> next(String after, int batchSize) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            return s.run(FIRMS, Map.of("after", after, "n", batchSize))
                    .list(r -> new FirmSales(
                            r.get("uscc").asString(),
                            r.get("industry").isNull()
                                    ? null
                                    : r.get("industry").asString(),
                            r.get("sales").asList(this::sale),
                            r.get("firstDigits").isNull()
                                    ? null
                                    : r.get("firstDigits").asList(Value::asLong).stream()
                                            .mapToLong(Long::longValue)
                                            .toArray()));
        }
    }

    private FirmSales.Sale sale(Value v) {
        double red = Math.abs(number(v.get("red")));
        return new FirmSales.Sale(
                v.get("buyer").asString(),
                months.series(list(v.get("months"), Value::asString), list(v.get("amounts"), Value::asDouble), window),
                list(v.get("categories"), Value::asString),
                number(v.get("amount")) + red,
                red,
                number(v.get("void")));
    }

    /** Counts per peer group of the table ({@link GoodsPlausibility#peerGroup}), one seller at a time. */
    ImplausibleGoods.PeerCounts peers(GoodsPlausibility table) {
        var counter = new PeerCounter(table);
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run(PEERS).forEachRemaining(r -> {
                var months = new HashMap<String, Integer>();
                r.get("categories")
                        .asList(v -> v)
                        .forEach(v -> months.put(
                                v.get("category").asString(), v.get("months").asInt()));
                counter.add(r.get("code").asString(), months);
            });
        }
        return counter.counts();
    }

    private static <T> List<T> list(Value v, Function<Value, T> f) {
        return v == null || v.isNull() ? List.of() : v.asList(f);
    }

    private static double number(Value v) {
        return v == null || v.isNull() ? 0 : v.asDouble();
    }
}
