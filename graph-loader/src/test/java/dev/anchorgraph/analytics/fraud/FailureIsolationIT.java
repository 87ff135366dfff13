package dev.anchorgraph.analytics.fraud;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/**
 * A fraud pattern that fails, injected through the commands' probe, as of 2026-06-30.
 *
 * <pre>
 *   ring:   R1 -> R2 -> R3 -> R1   about 1,000,000 a leg in 2026-05 (the last leg is removed after the first run)
 *   goods:  G (0151 fruit grower) sells fruit and steel to B; W (5123 fruit wholesaler) sells fruit to B
 * </pre>
 *
 * 1. {@code score}: complete. 2. {@code score} where the ring search overflows its stack and related-party trade
 * overruns a 1 s budget. 3. {@code fraud} where the shell clusters throw, and the ring search works again.
 */
class FailureIsolationIT {

    static LoaderRun first;
    static LoaderRun failing;
    static LoaderRun fraud;
    static Map<String, Object> failingScoreRun;
    static List<String> ringsKeptAfterFailure;
    static List<String> ringFlagRunsAfterFailure;
    static String goodsFlagRunAfterFailure;
    static long unscoredAfterFailure;
    static String firstFraudRun;

    @BeforeAll
    static void scoreWithAndWithoutFailures() {
        TestNeo4j.clear();
        var pairs = List.of(
                FraudIT.pair("R1", "R2", "2026-05", 1_000_000.0, "钢材"),
                FraudIT.pair("R2", "R3", "2026-05", 1_002_000.0, "钢材"),
                FraudIT.pair("R3", "R1", "2026-05", 1_004_000.0, "钢材"),
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
                FraudIT.pair("W", "B", "2026-03", 50_000.0, "水果"));
        write("""
                UNWIND ['R1','R2','R3','B'] AS u
                CREATE (:Company {uscc: u, name: u, industryCode: '5164', status: 'active'})
                WITH count(*) AS done
                CREATE (:Company {uscc: 'G', name: '果园', industryCode: '0151', status: 'active'})
                CREATE (:Company {uscc: 'W', name: '果品批发', industryCode: '5123', status: 'active'})
                WITH done
                UNWIND $pairs AS p
                MATCH (s:Company {uscc: p.s}), (b:Company {uscc: p.b})
                CREATE (s)-[:SUPPLIES {months: p.months, monthlyAmounts: p.amounts, monthlyCounts: [x IN p.months | 1],
                        monthlyDayMasks: [x IN p.months | 2], invoiceCount: size(p.months), categories: p.categories,
                        amount: reduce(t = 0.0, a IN p.amounts | t + a), redAmount: 0.0, voidAmount: 0.0,
                        firstOn: date(p.months[0] + '-10'), lastOn: date(p.months[-1] + '-20')}]->(b)
                """, Map.of("pairs", pairs));

        first = command(PatternIsolation.Probe.NONE, "score", "--as-of", "2026-06-30");
        assertThat(first.exitCode()).as(first.output()).isZero();
        firstFraudRun = query("MATCH (f:FraudFlag {key: 'R1/circular_trading'}) RETURN f.run AS r")
                .getFirst()
                .get("r")
                .asString();
        // a complete ring search would no longer find the ring, and the sweep would delete it
        write("MATCH (:Company {uscc: 'R3'})-[s:SUPPLIES]->(:Company {uscc: 'R1'}) DELETE s", Map.of());

        failing = command(
                (unit, deadline) -> {
                    switch (unit) {
                        case RINGS -> overflow(0);
                        case RELATED_PARTY -> {
                            while (true) {
                                deadline.check();
                                Thread.onSpinWait();
                            }
                        }
                        default -> {}
                    }
                },
                "score",
                "--as-of",
                "2026-06-30",
                "--pattern-budget",
                "related-party=1s");
        failingScoreRun = query("MATCH (r:ScoreRun) RETURN r ORDER BY r.finishedAt DESC LIMIT 1")
                .getFirst()
                .get("r")
                .asMap();
        ringsKeptAfterFailure = strings("MATCH (r:FraudRing) RETURN r.key AS v ORDER BY v");
        ringFlagRunsAfterFailure = strings("MATCH (f:FraudFlag {pattern: 'circular_trading'}) RETURN f.run AS v");
        goodsFlagRunAfterFailure = strings("MATCH (f:FraudFlag {key: 'G/implausible_goods'}) RETURN f.run AS v")
                .getFirst();
        unscoredAfterFailure = query("""
                MATCH (c:Company) WHERE c.riskStatus IS NULL OR c.riskRun <> $run RETURN count(c) AS n
                """, Map.of("run", failingScoreRun.get("id")))
                .getFirst()
                .get("n")
                .asLong();

        fraud = command(
                (unit, deadline) -> {
                    if (unit == PatternUnit.SHELL_CLUSTERS) {
                        throw new IllegalStateException("injected shell failure");
                    }
                },
                "fraud",
                "--as-of",
                "2026-06-30");
    }

    private static LoaderRun command(PatternIsolation.Probe probe, String... args) {
        return LoaderRun.run(
                cli -> {
                    var options = (PatternOptions)
                            cli.getSubcommands().get(args[0]).getMixins().get("patterns");
                    options.probe = probe;
                    options.grace = Duration.ofSeconds(5);
                },
                null,
                args);
    }

    private static int overflow(int depth) {
        return overflow(depth + 1) + 1;
    }

    private static void write(String cypher, Map<String, Object> parameters) {
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run(cypher, parameters).consume();
        }
    }

    private static List<String> strings(String cypher) {
        return query(cypher).stream().map(r -> r.get("v").asString()).toList();
    }

    @Test
    void aScoreWithAFailedPatternExitsWithFourAndEveryFirmIsScoredAllTheSame() {
        assertThat(failing.exitCode()).as(failing.output()).isEqualTo(4);
        assertThat(unscoredAfterFailure).isZero();
        assertThat(query("MATCH (c:Company) RETURN count(c) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(6);
    }

    @Test
    void theScoreRunRecordsWarningsNamingTheFailedPatternsAndWhy() {
        assertThat(failingScoreRun.get("status")).isEqualTo("warnings");
        assertThat(failingScoreRun.get("failedPatterns"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("circular_trading", "related_party_trade");
        assertThat(failingScoreRun.get("warnings"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .satisfiesExactly(
                        w -> assertThat((String) w).startsWith("rings (circular_trading): StackOverflowError at "),
                        w -> assertThat(w)
                                .isEqualTo("related-party (related_party_trade): time budget of 1s exceeded"));
    }

    @Test
    void aCompleteScoreRunSaysSoWithNoWarnings() {
        var runs = query("MATCH (r:ScoreRun) RETURN r ORDER BY r.finishedAt LIMIT 1")
                .getFirst()
                .get("r");
        assertThat(runs.get("status").asString()).isEqualTo("complete");
        assertThat(runs.get("failedPatterns").asList(Value::asString)).isEmpty();
        assertThat(runs.get("warnings").asList(Value::asString)).isEmpty();
    }

    @Test
    void theConsoleReportNamesTheFailedPatternsAndWhy() {
        assertThat(failing.output())
                .contains("Fraud pattern FAILED: rings (circular_trading): StackOverflowError at ")
                .contains("Scored with warnings (exit code 4): 2 fraud pattern(s) failed")
                .contains("  related-party (related_party_trade): time budget of 1s exceeded");
    }

    @Test
    void theFailedRingSearchKeepsThePreviousRingAndItsFlags() {
        assertThat(ringsKeptAfterFailure).containsExactly("ring/R1>R2>R3");
        assertThat(ringFlagRunsAfterFailure).hasSize(3).containsOnly(firstFraudRun);
    }

    @Test
    void thePatternsThatDidNotFailWroteTheirFlagsInTheFailingRun() {
        assertThat(goodsFlagRunAfterFailure).isNotEqualTo(firstFraudRun);
    }

    @Test
    void theFraudCommandWithAFailedPatternExitsWithFourAndNamesIt() {
        assertThat(fraud.exitCode()).as(fraud.output()).isEqualTo(4);
        assertThat(fraud.output())
                .contains("Finished with warnings (exit code 4): 1 fraud pattern(s) failed")
                .contains("  shell-clusters (shell_cluster): IllegalStateException: injected shell failure at ");
    }

    @Test
    void onceTheRingSearchCompletesAgainTheRingItNoLongerFindsIsSwept() {
        assertThat(query("MATCH (r:FraudRing) RETURN count(r) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isZero();
        assertThat(strings("MATCH (f:FraudFlag {pattern: 'circular_trading'}) RETURN f.key AS v"))
                .isEmpty();
        assertThat(strings("MATCH (f:FraudFlag {key: 'G/implausible_goods'}) RETURN f.key AS v"))
                .hasSize(1);
    }
}
