package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.Map;

/**
 * Reads the {@code SUPPLIES} pairs that traded in the ring window into a {@link LegGraph} a {@link RingFinder} can
 * search, keeping only what can lie on a cycle ({@link TradePairs}). Sellers are read in batches of {@code batchSize}.
 */
final class TradeLegReader {

    private static final String READ = """
            MATCH (c:Company) WHERE c.uscc > $after
            WITH c ORDER BY c.uscc LIMIT $n
            OPTIONAL MATCH (c)-[s:SUPPLIES]->(b:Company) WHERE s.lastOn >= $from AND b <> c
            RETURN c.uscc AS seller, b.uscc AS buyer, s.months AS months, s.monthlyAmounts AS amounts,
                   s.monthlyDayMasks AS days
            ORDER BY seller
            """;

    private final Neo4jConnection neo4j;
    private final int batchSize;

    TradeLegReader(Neo4jConnection neo4j, int batchSize) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
    }

    /** @param window months of the window ending with the as-of month, at most 29 (128 weeks, one bit each) */
    LegGraph read(Months months, int window) {
        var since = months.asOf().withDayOfMonth(1).minusMonths(window - 1L);
        var pairs = new TradePairs();
        String after = "";
        while (true) {
            String last = null;
            try (var s = neo4j.driver().session(neo4j.session())) {
                var result = s.run(READ, Map.of("after", after, "n", batchSize, "from", since));
                while (result.hasNext()) {
                    var r = result.next();
                    last = r.get("seller").asString();
                    if (!r.get("buyer").isNull()) {
                        var traded = r.get("months").asList(v -> v.asString());
                        var weeks = Weeks.of(
                                since,
                                traded,
                                r.get("days").isNull() ? null : r.get("days").asList(v -> v.asInt()));
                        pairs.add(
                                last,
                                r.get("buyer").asString(),
                                months.series(traded, r.get("amounts").asList(v -> v.asDouble()), window),
                                weeks[0],
                                weeks[1]);
                    }
                }
            }
            if (last == null) {
                return pairs.trimmed();
            }
            after = last;
        }
    }
}
