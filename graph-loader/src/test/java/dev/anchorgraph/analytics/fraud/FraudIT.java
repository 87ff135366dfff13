package dev.anchorgraph.analytics.fraud;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Small hand-built trade patterns, checked as of 2026-06-30.
 *
 * <pre>
 *   ring:        R1 -> R2 -> R3 -> R1   about 1,000,000 a leg in 2026-05
 *   broken ring: S1 -> S2 -> S3 -> S1   the last leg 300,000 (min/max 0.3)
 *   pair ring:   T1 -> T2 -> T1         500,000 and 499,000 in 2026-04
 *   goods:       G (0151 fruit grower) sells fruit and steel to B; W (5123 fruit wholesaler) sells fruit to B
 *   surge:       U sells 100,000 a month from 2025-04 to 2026-03, then 600,000 in 2026-05
 * </pre>
 */
class FraudIT {

    @BeforeAll
    static void buildAndRun() {
        TestNeo4j.clear();
        var baseline = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 12; i++) {
            baseline.add(Map.of("m", YearMonth.of(2025, 4).plusMonths(i).toString(), "a", 100_000.0));
        }
        baseline.add(Map.of("m", "2026-05", "a", 600_000.0));
        var pairs = List.of(
                pair("R1", "R2", "2026-05", 1_000_000.0, "钢材"),
                pair("R2", "R3", "2026-05", 1_002_000.0, "钢材"),
                pair("R3", "R1", "2026-05", 1_004_000.0, "钢材"),
                pair("S1", "S2", "2026-05", 1_000_000.0, "钢材"),
                pair("S2", "S3", "2026-05", 1_001_000.0, "钢材"),
                pair("S3", "S1", "2026-05", 300_000.0, "钢材"),
                pair("T1", "T2", "2026-04", 500_000.0, "化工原料"),
                pair("T2", "T1", "2026-04", 499_000.0, "化工原料"),
                Map.<String, Object>of(
                        "s",
                        "G",
                        "b",
                        "B",
                        "months",
                        List.of("2026-02", "2026-03"),
                        "amounts",
                        List.of(20_000.0, 900_000.0),
                        "categories",
                        List.of("水果", "钢材")),
                pair("W", "B", "2026-03", 50_000.0, "水果"),
                Map.<String, Object>of(
                        "s",
                        "U",
                        "b",
                        "B",
                        "months",
                        baseline.stream().map(r -> r.get("m")).toList(),
                        "amounts",
                        baseline.stream().map(r -> r.get("a")).toList(),
                        "categories",
                        List.of("食品")));
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("""
                    UNWIND ['R1','R2','R3','S1','S2','S3','T1','T2','B'] AS u
                    CREATE (:Company {uscc: u, name: u, industryCode: '5164'})
                    WITH count(*) AS done
                    CREATE (:Company {uscc: 'G', name: '果园', industryCode: '0151'})
                    CREATE (:Company {uscc: 'W', name: '果品批发', industryCode: '5123'})
                    CREATE (:Company {uscc: 'U', name: '食品批发', industryCode: '5129'})
                    WITH done
                    UNWIND $pairs AS p
                    MATCH (s:Company {uscc: p.s}), (b:Company {uscc: p.b})
                    CREATE (s)-[:SUPPLIES {months: p.months, monthlyAmounts: p.amounts,
                            monthlyCounts: [x IN p.months | 1], categories: p.categories,
                            amount: reduce(t = 0.0, a IN p.amounts | t + a), redAmount: 0.0, voidAmount: 0.0,
                            firstOn: date(p.months[0] + '-10'), lastOn: date(p.months[-1] + '-20')}]->(b)
                    """, Map.of("pairs", pairs)).consume();
        }
        run();
    }

    static Map<String, Object> pair(String seller, String buyer, String month, double amount, String category) {
        return Map.of(
                "s",
                seller,
                "b",
                buyer,
                "months",
                List.of(month),
                "amounts",
                List.of(amount),
                "categories",
                List.of(category));
    }

    static void run() {
        var run = LoaderRun.run(c -> {}, null, "fraud", "--as-of", "2026-06-30");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    static List<String> flagged(String pattern) {
        return query(
                        "MATCH (c:Company)-[:FLAGGED]->(f:FraudFlag {pattern: $p}) RETURN c.uscc AS u ORDER BY u",
                        Map.of("p", pattern))
                .stream()
                .map(r -> r.get("u").asString())
                .toList();
    }

    @Test
    void aThreeFirmRingIsFoundOnceWithItsLegs() {
        var rings = query(
                "MATCH (r:FraudRing) RETURN r.key AS key, r.members AS members, r.amounts AS amounts, r.months AS months ORDER BY key");
        assertThat(rings).extracting(r -> r.get("key").asString()).containsExactly("ring/R1>R2>R3", "ring/T1>T2");
        assertThat(rings.getFirst().get("amounts").asList(v -> v.asDouble()))
                .containsExactly(1_000_000.0, 1_002_000.0, 1_004_000.0);
        assertThat(rings.getFirst().get("months").asList(v -> v.asString())).containsExactly("2026-05");
        var positions = query(
                "MATCH (c:Company)-[m:IN_RING]->(:FraudRing {key: 'ring/R1>R2>R3'}) RETURN c.uscc AS u, m.position AS p ORDER BY p");
        assertThat(positions)
                .extracting(r -> r.get("u").asString() + r.get("p").asInt())
                .containsExactly("R10", "R21", "R32");
    }

    @Test
    void aRingWithOneLegOfVeryDifferentAmountIsNotFound() {
        // the intact ring beside it is flagged, so an empty list of flags cannot pass
        assertThat(flagged("circular_trading")).contains("R1", "R2", "R3").doesNotContain("S1", "S2", "S3");
    }

    @Test
    void twoFirmsTradingBackAndForthAreARing() {
        assertThat(flagged("circular_trading")).containsExactly("R1", "R2", "R3", "T1", "T2");
    }

    @Test
    void steelFromAFruitGrowerIsFlaggedButAFruitWholesalersFruitIsNot() {
        assertThat(flagged("implausible_goods")).containsExactly("G");
        var flag = query(
                        "MATCH (:Company {uscc: 'G'})-[:FLAGGED]->(f:FraudFlag {pattern: 'implausible_goods'}) RETURN f")
                .getFirst()
                .get("f");
        assertThat(flag.get("key").asString()).isEqualTo("G/implausible_goods");
        assertThat(flag.get("evidence").asString()).contains("\"categories\":[\"钢材\"]");
        assertThat(flag.get("asOf").asLocalDate()).hasToString("2026-06-30");
    }

    @Test
    void aSurgeAboveThreeTimesTheBaselineIsFlagged() {
        assertThat(flagged("sales_surge")).contains("U");
        var detail = query(
                        "MATCH (:Company {uscc: 'U'})-[:FLAGGED]->(f:FraudFlag {pattern: 'sales_surge'}) RETURN f.detail AS d")
                .getFirst();
        assertThat(detail.get("d").asString()).isEqualTo("sales of 2026-05 6.0 times the 12-month median");
    }

    @Test
    void aReRunReplacesTheFlagsInsteadOfAddingCopies() {
        var count =
                "MATCH (f:FraudFlag) OPTIONAL MATCH (f)<-[l:FLAGGED]-() RETURN count(DISTINCT f) AS f, count(l) AS l, COUNT { (:FraudRing) } AS r, COUNT { ()-[:IN_RING]->() } AS m";
        var before = query(count).getFirst().toString();
        run();
        assertThat(query(count).getFirst().toString()).isEqualTo(before);
        assertThat(query("MATCH (f:FraudFlag) RETURN count(DISTINCT f.run) AS runs")
                        .getFirst()
                        .get("runs")
                        .asLong())
                .isEqualTo(1);
    }
}
