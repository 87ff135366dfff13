package dev.anchorgraph.analytics.score;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.Map;

/**
 * The first steps of a score run, done inside Neo4j in bounded transactions ({@code CALL … IN TRANSACTIONS}):
 * each pair's trade over the last 12 months ({@code SUPPLIES.amount12}), each firm's 12-month sales and
 * purchases, anchors inferred when none were given, and which firms count as large buyers.
 */
final class TradeTotals {

    private final Neo4jConnection neo4j;

    TradeTotals(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    void amounts(AsOf asOf) {
        run("""
                MATCH ()-[s:SUPPLIES]->()
                CALL (s) {
                  SET s.amount12 = reduce(t = 0.0, i IN range(0, size(coalesce(s.months, [])) - 1) |
                    t + CASE WHEN s.months[i] >= $from AND s.months[i] <= $to THEN s.monthlyAmounts[i] ELSE 0.0 END)
                } IN TRANSACTIONS OF 10000 ROWS
                """, Map.of("from", asOf.firstMonthOf(12), "to", asOf.month().toString()));
        run("""
                MATCH (c:Company)
                CALL (c) {
                  OPTIONAL MATCH (c)-[o:SUPPLIES]->()
                  WITH c, sum(o.amount12) AS sales
                  OPTIONAL MATCH (c)<-[i:SUPPLIES]-()
                  WITH c, sales, sum(i.amount12) AS purchases
                  SET c.sales12 = sales, c.purchases12 = purchases
                } IN TRANSACTIONS OF 5000 ROWS
                """, Map.of());
    }

    /**
     * When anchors.csv named none, anchors are inferred: large firms (scale {@code large}, or of unknown scale with
     * 12-month purchases or sales in the top 1 %) with at least 20 distinct small or micro trading partners; the
     * 0.1 % of firms with the most such partners, at least 1 and at most 50, ties by USCC. Marked
     * {@code anchorInferred = true}, and recomputed by every run, so they give way to anchors loaded later.
     *
     * @return anchors inferred (0 when anchors were given)
     */
    long inferAnchorsIfNoneGiven() {
        run("MATCH (a:Anchor {anchorInferred: true}) REMOVE a:Anchor, a.anchorInferred", Map.of());
        try (var s = neo4j.driver().session(neo4j.session())) {
            if (s.run("MATCH (a:Anchor) RETURN count(a) > 0 AS given")
                    .single()
                    .get("given")
                    .asBoolean()) {
                return 0;
            }
            long firms = s.run("MATCH (c:Company) RETURN count(c) AS n")
                    .single()
                    .get("n")
                    .asLong();
            long limit = Math.min(50, Math.max(1, firms / 1000));
            return s.executeWrite(tx ->
                    tx.run("""
                    MATCH (c:Company) WHERE c.scale IS NULL
                    WITH percentileDisc(coalesce(c.purchases12, 0.0) + coalesce(c.sales12, 0.0), 0.99) AS top
                    MATCH (c:Company)
                    WHERE c.scale = 'large' OR (c.scale IS NULL AND coalesce(c.purchases12, 0.0) + coalesce(c.sales12, 0.0) >= top AND top > 0)
                    CALL (c) {
                      MATCH (c)-[:SUPPLIES]-(p:Company) WHERE p.scale IN ['small', 'micro']
                      RETURN count(DISTINCT p) AS partners
                    }
                    WITH c, partners WHERE partners >= 20
                    ORDER BY partners DESC, c.uscc
                    LIMIT $limit
                    SET c:Anchor, c.anchorInferred = true
                    RETURN count(c) AS inferred
                    """, Map.of("limit", limit)).single().get("inferred").asLong());
        }
    }

    /**
     * A large buyer is an anchor, a firm of scale {@code large}, or, when the scale is unknown, a firm whose
     * 12-month purchases reach the model's percentile (default 99th) among firms of unknown scale.
     */
    void markLargeBuyers(double percentile) {
        double threshold;
        try (var s = neo4j.driver().session(neo4j.session())) {
            threshold = s.run("""
                    MATCH (c:Company) WHERE c.scale IS NULL AND c.purchases12 > 0
                    RETURN coalesce(percentileDisc(c.purchases12, $p), 0.0) AS threshold
                    """, Map.of("p", percentile))
                    .single()
                    .get("threshold")
                    .asDouble();
        }
        run("""
                MATCH (c:Company)
                CALL (c) {
                  SET c.largeBuyer = c:Anchor OR c.scale = 'large'
                      OR (c.scale IS NULL AND $threshold > 0 AND coalesce(c.purchases12, 0.0) >= $threshold)
                } IN TRANSACTIONS OF 10000 ROWS
                """, Map.of("threshold", threshold));
    }

    private void run(String cypher, Map<String, Object> parameters) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run(cypher, parameters).consume();
        }
    }
}
