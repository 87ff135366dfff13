package dev.anchorgraph.analytics.score;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's contagion scenario on generated data: {@code generate --distressed-anchors 1} (1,500 firms, 30,000
 * invoices, seed 42) plants the anchor with the most direct suppliers in distress over the last six months, then the
 * set is loaded and scored as of its last day. A dependent supplier sells at least 20 % of its 12-month sales to
 * the anchor ({@code SUPPLIES.amount12 >= 0.2 × sales12}).
 *
 * <p>Measured on 2026-12-03 (scorecard-v3): 126 dependent suppliers, 5.6 % of them in tiers A/B (107 with a tier,
 * all with the {@code COUNTERPARTY_DISTRESS} reason); 130 tier-1 suppliers of the healthy anchors, 46.9 % in A/B.
 * The issue asks for at most half the healthy share.
 */
class DistressedAnchorIT {

    static final String AS_OF = "2026-06-30";

    @TempDir
    static Path work;

    static String anchor;

    @BeforeAll
    static void generateLoadAndScore() throws IOException {
        var data = work.resolve("data");
        var generated = LoaderRun.generate(
                work,
                "generate",
                "--output",
                data.toString(),
                "--companies",
                "1500",
                "--invoices",
                "30000",
                "--seed",
                "42",
                "--as-of",
                AS_OF,
                "--distressed-anchors",
                "1");
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        anchor = Files.readAllLines(data.resolve("planted-anomalies.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("distressed_anchor,"))
                .map(l -> l.split(",")[1].split(";")[0])
                .findFirst()
                .orElseThrow();
        TestNeo4j.clear();
        var load = LoaderRun.load(data, work, "--no-score", "--max-reject-rate", "1.0");
        assertThat(load.exitCode()).as(load.output()).isZero();
        var score = LoaderRun.run(c -> {}, null, "score", "--as-of", AS_OF);
        assertThat(score.exitCode()).as(score.output()).isZero();
    }

    /** Share in tiers A/B (of all the firms, those without a tier counting as not A/B) and the count. */
    static Map<String, Object> tierShare(String suppliers) {
        var row = query(suppliers + """
                        WITH DISTINCT s
                        RETURN count(s) AS firms, count(CASE WHEN s.riskTier IN ['A', 'B'] THEN 1 END) AS ab,
                               count(CASE WHEN s.distress IS NULL AND s.riskTier IS NOT NULL
                                               AND 'COUNTERPARTY_DISTRESS' IN s.riskReasons THEN 1 END) AS reasoned,
                               count(CASE WHEN s.distress IS NULL THEN s.riskTier END) AS tiered,
                               collect(CASE WHEN s.riskTier IS NOT NULL AND s.distress IS NULL
                                              AND NOT 'COUNTERPARTY_DISTRESS' IN s.riskReasons
                                            THEN [s.uscc, s.counterpartyDistress] + s.riskReasons END) AS without
                        """, Map.of("anchor", anchor)).getFirst();
        long firms = row.get("firms").asLong();
        return Map.of(
                "firms",
                firms,
                "ab",
                firms == 0 ? 0.0 : (double) row.get("ab").asLong() / firms,
                "reasoned",
                row.get("reasoned").asLong(),
                "tiered",
                row.get("tiered").asLong());
    }

    static final String DEPENDENTS = """
            MATCH (s:Company)-[r:SUPPLIES]->(a:Anchor {uscc: $anchor})
            WHERE NOT s:Anchor AND r.amount12 >= 0.2 * s.sales12
            """;
    static final String HEALTHY_TIER_1 = """
            MATCH (s:Company)-[:SUPPLIES]->(h:Anchor)
            WHERE h.uscc <> $anchor AND NOT s:Anchor AND NOT (s)-[:SUPPLIES]->(:Anchor {uscc: $anchor})
            """;

    @Test
    void thePlantedAnchorIsADishonestDebtorWhosePurchasesCollapsed() {
        var distress = query("MATCH (a:Anchor {uscc: $anchor}) RETURN a.distress AS distress", Map.of("anchor", anchor))
                .getFirst()
                .get("distress")
                .asList(v -> v.asString());
        assertThat(distress).contains("dishonest_debtor", "purchases_collapse");
        var healthy = query(
                        "MATCH (a:Anchor) WHERE a.uscc <> $anchor AND a.distress IS NOT NULL RETURN count(a) AS n",
                        Map.of("anchor", anchor))
                .getFirst()
                .get("n")
                .asLong();
        assertThat(healthy).isZero();
    }

    @Test
    void itsDependentSuppliersLeaveTiersABAtLeastTwiceAsOftenAsHealthyChains() {
        var dependents = tierShare(DEPENDENTS);
        var healthy = tierShare(HEALTHY_TIER_1);
        var message = "dependents %s, healthy tier-1 %s".formatted(dependents, healthy);
        assertThat((long) dependents.get("firms")).as(message).isGreaterThanOrEqualTo(20);
        assertThat((long) healthy.get("firms")).as(message).isGreaterThanOrEqualTo(50);
        assertThat((double) dependents.get("ab")).as(message).isLessThanOrEqualTo((double) healthy.get("ab") / 2);
        System.out.println("DistressedAnchorIT: " + message);
    }

    @Test
    void everyDependentSupplierWithATierNotInDistressItselfCarriesTheCounterpartyDistressReason() {
        var dependents = tierShare(DEPENDENTS);
        assertThat((long) dependents.get("tiered")).isPositive();
        assertThat(dependents.get("reasoned")).as("%s", dependents).isEqualTo(dependents.get("tiered"));
        long naming = query(
                        DEPENDENTS + "AND s.counterpartyDistressFirm = $anchor RETURN count(DISTINCT s) AS n",
                        Map.of("anchor", anchor))
                .getFirst()
                .get("n")
                .asLong();
        assertThat(naming).isGreaterThanOrEqualTo(Math.round(0.9 * (long) dependents.get("reasoned")));
    }
}
