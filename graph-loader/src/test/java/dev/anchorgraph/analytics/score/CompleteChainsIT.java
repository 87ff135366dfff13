package dev.anchorgraph.analytics.score;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.neo4j.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An anchor with 5,000 direct suppliers, as real anchors have: every one of them is in its chain at tier 1, and what
 * the bounds on deeper levels leave out is counted on the anchor, not dropped silently.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompleteChainsIT {

    private static final String TRADE = """
            {months: ['2026-05', '2026-06'], monthlyAmounts: [$amount, $amount], monthlyCounts: [1, 1],
             monthlyDayMasks: [1, 1], amount: 2 * $amount, firstOn: date('2026-05-01'), lastOn: date('2026-06-01')}
            """;

    @BeforeAll
    static void scoreAnAnchorWithFiveThousandDirectSuppliers() {
        TestNeo4j.clear();
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("CREATE (:Company:Anchor {uscc: 'ANCHOR', name: '核心制造', scale: 'large', status: 'active'})")
                    .consume();
            // 5,000 suppliers; the first sells only 1 % of its output to the anchor, the rest to a big buyer
            s.run("""
                    MATCH (a:Anchor {uscc: 'ANCHOR'})
                    CREATE (big:Company {uscc: 'BIGBUYER', name: '大型贸易', scale: 'large', status: 'active'})
                    WITH a, big
                    UNWIND range(1, 5000) AS i
                    CREATE (x:Company {uscc: 'S' + right('000' + toString(i), 4), name: '供应商' + i, scale: 'micro',
                                       status: 'active'})
                    WITH a, big, x, i
                    CALL (a, x, i) { CREATE (x)-[:SUPPLIES %s]->(a) }
                    CALL (big, x, i) { WITH big, x WHERE i = 1 CREATE (x)-[:SUPPLIES %s]->(big) }
                    """.formatted(
                                    TRADE.replace("$amount", "toFloat(CASE i WHEN 1 THEN 1 ELSE 100 + i END)"),
                                    TRADE.replace("$amount", "99.0")))
                    .consume();
            // one tier-1 firm with 250 suppliers of its own: 50 beyond the 200 strongest are not followed
            s.run("""
                    MATCH (t:Company {uscc: 'S0002'})
                    UNWIND range(1, 250) AS j
                    CREATE (x:Company {uscc: 'T' + right('00' + toString(j), 3), name: '二级' + j, scale: 'micro',
                                       status: 'active'})
                    CREATE (x)-[:SUPPLIES %s]->(t)
                    """.formatted(TRADE.replace("$amount", "toFloat(j)"))).consume();
        }
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-06-30");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("5,000 direct partners in", "50 partner links beyond the 200 strongest");
    }

    @Test
    @Order(1)
    void everyDirectSupplierIsInTheChainAtTierOne() {
        var n = query("""
                MATCH (x:Company)-[:SUPPLIES]->(a:Anchor {uscc: 'ANCHOR'})
                OPTIONAL MATCH (x)-[c:CHAIN_TO {direction: 'upstream'}]->(a)
                RETURN count(x) AS direct, count(CASE c.hops WHEN 1 THEN 1 END) AS tier1
                """).getFirst();
        assertThat(n.get("direct").asLong()).isEqualTo(5000);
        assertThat(n.get("tier1").asLong()).isEqualTo(5000);
    }

    @Test
    @Order(2)
    void aSupplierSellingOnlyOnePercentToTheAnchorHasAChainAndNoNoChainReason() {
        var firm = query("""
                MATCH (x:Company {uscc: 'S0001'})-[c:CHAIN_TO]->(:Anchor)
                RETURN c.hops AS hops, c.strength AS strength, x.riskReasons AS reasons
                """).getFirst();
        assertThat(firm.get("hops").asInt()).isEqualTo(1);
        assertThat(firm.get("strength").asDouble()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(firm.get("reasons").asList(v -> v.asString())).isNotEmpty().doesNotContain("NO_ANCHOR_CHAIN");
        var noChain = query("MATCH (x:Company) WHERE (x)-[:SUPPLIES]->(:Anchor) AND 'NO_ANCHOR_CHAIN' IN x.riskReasons "
                        + "RETURN count(x) AS n")
                .getFirst()
                .get("n")
                .asLong();
        assertThat(noChain).isZero();
    }

    @Test
    @Order(3)
    void theLinksBeyondTheStrongestTwoHundredAreCountedOnTheAnchor() {
        var a = query("""
                MATCH (a:Anchor {uscc: 'ANCHOR'})
                RETURN a.chainBreadth AS breadth, a.upstreamLinksNotFollowed AS links, a.upstreamFirmsLeftOut AS firms
                """).getFirst();
        assertThat(a.get("breadth").asInt()).isEqualTo(200);
        assertThat(a.get("links").asLong()).isEqualTo(50);
        assertThat(a.get("firms").asLong()).isZero();
        var tier2 = query("MATCH (:Company)-[c:CHAIN_TO {hops: 2}]->(:Anchor {uscc: 'ANCHOR'}) RETURN count(c) AS n");
        assertThat(tier2.getFirst().get("n").asLong()).isEqualTo(200); // S0002's 200 strongest suppliers
    }

    @Test
    @Order(4)
    void aNeighbourhoodAtItsFirmBoundKeepsEveryDirectSupplierAndCountsTheFirmsLeftOut() {
        var connection = new Neo4jConnection(
                LoaderRun.NEO4J.driver(), LoaderRun.NEO4J.settings().sessionConfig(), LoaderRun.NEO4J.settings());
        // bound far below the 5,000 direct suppliers: tier 1 is never bounded; the 200 tier-2 firms are left out
        var summary = new ChainFinder(connection, 200, 1000).run();
        assertThat(summary.tier1()).isEqualTo(5000);
        assertThat(summary.firmsLeftOut()).isEqualTo(200);
        var a = query("MATCH (a:Anchor {uscc: 'ANCHOR'}) RETURN a.upstreamFirmsLeftOut AS n, a.chainMaxFirms AS max");
        assertThat(a.getFirst().get("n").asLong()).isEqualTo(200);
        assertThat(a.getFirst().get("max").asInt()).isEqualTo(1000);
        var tier1 = query("MATCH (:Company)-[c:CHAIN_TO {hops: 1}]->(:Anchor {uscc: 'ANCHOR'}) RETURN count(c) AS n");
        assertThat(tier1.getFirst().get("n").asLong()).isEqualTo(5000);
    }
}
