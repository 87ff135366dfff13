package dev.anchorgraph.analytics.score;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Without anchors.csv, the score step infers anchors: large firms with many small trading partners. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnchorInferenceIT {

    @BeforeAll
    static void scoreAGraphWithoutAnchors() {
        TestNeo4j.clear();
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("""
                    CREATE (hub:Company {uscc: 'HUB', name: '大型制造', scale: 'large', status: 'active'})
                    CREATE (big:Company {uscc: 'BIG', name: '大型贸易', scale: 'large', status: 'active'})
                    WITH hub, big
                    UNWIND range(1, 25) AS i
                    CREATE (s:Company {uscc: 'S' + right('0' + toString(i), 2), name: '小微' + i, scale: 'micro', status: 'active'})
                    CREATE (s)-[:SUPPLIES {months: ['2026-06'], monthlyAmounts: [100.0], monthlyCounts: [1], monthlyDayMasks: [1],
                                           amount: 100.0, firstOn: date('2026-06-01'), lastOn: date('2026-06-01')}]->(hub)
                    WITH big, s WHERE s.uscc <= 'S05'
                    CREATE (s)-[:SUPPLIES {months: ['2026-06'], monthlyAmounts: [50.0], monthlyCounts: [1], monthlyDayMasks: [2],
                                           amount: 50.0, firstOn: date('2026-06-02'), lastOn: date('2026-06-02')}]->(big)
                    """).consume();
        }
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-06-30");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void theLargeFirmWithTwentyOrMoreSmallPartnersBecomesAnInferredAnchor() {
        var anchors = query("MATCH (a:Anchor) RETURN a.uscc AS u, a.anchorInferred AS inferred");
        assertThat(anchors).hasSize(1);
        assertThat(anchors.getFirst().get("u").asString()).isEqualTo("HUB");
        assertThat(anchors.getFirst().get("inferred").asBoolean()).isTrue();
    }

    @Test
    void itsSuppliersGetChainsToIt() {
        var chains = query(
                "MATCH (:Company)-[m:CHAIN_TO {direction: 'upstream', hops: 1}]->(:Anchor {uscc: 'HUB'}) RETURN count(m) AS n");
        assertThat(chains.getFirst().get("n").asLong()).isEqualTo(25);
    }

    @Test
    @Order(Integer.MAX_VALUE) // changes the graph: after the others
    void anAnchorLoadedLaterReplacesTheInferredOnesAtTheNextRun() {
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("MATCH (c:Company {uscc: 'BIG'}) SET c:Anchor").consume();
        }
        assertThat(LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-06-30")
                        .exitCode())
                .isZero();
        var anchors = query("MATCH (a:Anchor) RETURN collect(a.uscc) AS u")
                .getFirst()
                .get("u")
                .asList();
        assertThat(anchors).containsExactly("BIG");
    }
}
