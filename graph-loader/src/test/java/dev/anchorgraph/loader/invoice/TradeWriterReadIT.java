package dev.anchorgraph.loader.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The read of a batch's existing trade must not walk a hub's relationships once per pair: an anchor buying from
 * thousands of suppliers made the 1M-firm invoice load stall (docs/benchmarks.md). Checked on the plan, not by time.
 */
class TradeWriterReadIT {

    private static final String HUB = "91440300MA5DKT0014";
    private static final int SUPPLIERS = 300;

    @BeforeAll
    static void aHubBuyingFromManySuppliers() {
        TestNeo4j.clear(); // data only: the schema (unique USCC, so the index hints hold) stays
        LoaderRun.query("""
                CREATE (hub:Company {uscc: $hub, name: '核心企业'})
                WITH hub
                UNWIND range(1, $n) AS i
                CREATE (:Company {uscc: 'SUP' + i, name: '供应商' + i})-[:SUPPLIES {amount: toFloat(i)}]->(hub)
                """, Map.of("hub", HUB, "n", SUPPLIERS));
    }

    @Test
    void everyExistingPairIsFoundByWalkingTheSmallerEndOnly() {
        var keys = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= SUPPLIERS; i++) {
            keys.add(Map.of("i", i, "seller", "SUP" + i, "buyer", HUB));
        }
        keys.add(Map.of("i", 0, "seller", HUB, "buyer", "SUP1")); // the other direction: no such trade
        try (var session =
                LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            var result = session.run("PROFILE " + TradeWriter.READ, Map.of("keys", keys));
            var rows = result.list();
            var plan = result.consume().profile();
            assertThat(rows)
                    .hasSize(SUPPLIERS)
                    .allSatisfy(r -> assertThat(r.get("props").get("amount").asDouble())
                            .isEqualTo(r.get("i").asInt()));
            var operators = operators(plan, new ArrayList<>());
            assertThat(operators)
                    .anyMatch(o -> o.startsWith("Expand(Into)"))
                    .noneMatch(o -> o.startsWith("Expand(All)"));
            // each pair costs a few db hits, not the hub's 300 relationships
            assertThat(dbHits(plan)).isLessThan(100L * SUPPLIERS);
        }
    }

    private static List<String> operators(ProfiledPlan plan, List<String> into) {
        into.add(plan.operatorType());
        plan.children().forEach(c -> operators(c, into));
        return into;
    }

    private static long dbHits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (var child : plan.children()) {
            hits += dbHits(child);
        }
        return hits;
    }
}
