package dev.anchorgraph.analytics.score;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.contract.ScoreHistoryEntry;
import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every score run puts its result in front of each firm's score history ({@code riskHistory}), which keeps the last
 * {@link ScoreHistoryEntry#KEEP} runs: a supplier of one anchor with a year of monthly sales (tier A or B) and a firm
 * with no invoices (insufficient data: no tier, score or PD).
 */
class ScoreHistoryIT {

    @BeforeEach
    void aSupplierAndAFirmWithoutInvoices() {
        TestNeo4j.clear();
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("""
                    CREATE (z:Company:Anchor {uscc: 'Z', name: '核心', scale: 'large', status: 'active', foundedOn: date('2000-01-01')})
                    CREATE (l:Company {uscc: 'L', name: '供应商', scale: 'small', status: 'active', foundedOn: date('2015-03-01')})
                    CREATE (:Company {uscc: 'N', name: '无发票', scale: 'micro', status: 'active', foundedOn: date('2015-03-01')})
                    WITH z, l, ['2025-11','2025-12','2026-01','2026-02','2026-03','2026-04','2026-05','2026-06',
                                '2026-07','2026-08','2026-09','2026-10'] AS months
                    CREATE (l)-[:SUPPLIES {months: months, monthlyAmounts: [m IN months | 500000.0],
                            monthlyCounts: [m IN months | 2], monthlyDayMasks: [m IN months | 4 + 16384],
                            amount: 6000000.0, invoiceCount: 24, firstOn: date('2024-01-03'),
                            lastOn: date('2026-10-15')}]->(z)
                    """).consume();
        }
    }

    private static void score(String asOf) {
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", asOf);
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    private static List<ScoreHistoryEntry> history(String uscc) {
        return query("MATCH (c:Company {uscc: $u}) RETURN c.riskHistory AS h", Map.of("u", uscc))
                .getFirst()
                .get("h")
                .asList(v -> ScoreHistoryEntry.parse(v.asString()));
    }

    private static String currentRun(String uscc) {
        return query("MATCH (c:Company {uscc: $u}) RETURN c.riskRun AS r", Map.of("u", uscc))
                .getFirst()
                .get("r")
                .asString();
    }

    @Test
    void twoRunsGiveTwoEntriesNewestFirst() {
        score("2026-09-30");
        var first = currentRun("L");
        score("2026-10-31");
        var h = history("L");
        assertThat(h).extracting(ScoreHistoryEntry::run).containsExactly(currentRun("L"), first);
        assertThat(h)
                .extracting(ScoreHistoryEntry::asOf)
                .containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 9, 30));
        var stored = query("MATCH (c:Company {uscc: 'L'}) RETURN c.riskScore AS s, c.riskTier AS t")
                .getFirst();
        assertThat(h.getFirst().score()).isEqualTo(stored.get("s").asInt());
        assertThat(h.getFirst().tier()).isEqualTo(stored.get("t").asString());
        assertThat(h.getFirst().status()).isEqualTo("scored");
    }

    @Test
    void aFirmWithInsufficientDataKeepsEntriesWithoutTierScoreOrPd() {
        score("2026-10-31");
        assertThat(history("N")).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("insufficient_data");
            assertThat(e.tier()).isNull();
            assertThat(e.score()).isNull();
            assertThat(e.pd()).isNull();
        });
    }

    @Test
    void theHistoryKeepsTheLastTwelveRuns() {
        var old = IntStream.rangeClosed(1, ScoreHistoryEntry.KEEP)
                .mapToObj(i -> new ScoreHistoryEntry(
                                "run-old-" + i, LocalDate.of(2025, i, 1), "scored", "C", 500 + i, null)
                        .encode())
                .toList();
        query("MATCH (c:Company {uscc: 'L'}) SET c.riskHistory = $h", Map.of("h", old));
        score("2026-10-31");
        var h = history("L");
        assertThat(h).hasSize(ScoreHistoryEntry.KEEP);
        assertThat(h.getFirst().run()).isEqualTo(currentRun("L"));
        assertThat(h.get(1).run()).isEqualTo("run-old-1");
        assertThat(h).extracting(ScoreHistoryEntry::run).doesNotContain("run-old-12");
    }
}
