package dev.anchorgraph.analytics.monitor;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A borrower watched over two score runs, with the news between them arriving as a daily load would bring it.
 *
 * <pre>
 *   run 1 as of 2026-05-31: borrower M sells 100,000 a month to each of the large buyers L1…L4 since 2024-06;
 *                           N (not a borrower) the same to L1.
 *   news:                   L2…L4 buy on through August, only 10,000 each in August; L1 stops after May;
 *                           M becomes a dishonest debtor (K-DD) and a defendant (K-CIVIL); N's sales drop as well.
 *   run 2 as of 2026-08-31
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitorIT {

    @BeforeAll
    static void buildGraph() {
        dev.anchorgraph.neo4j.TestNeo4j.clear();
        write("""
                CREATE (:Company:Borrower {uscc: 'M', name: '监测对象', scale: 'small', status: 'active', foundedOn: date('2015-01-01')})
                CREATE (:Company {uscc: 'N', name: '非借款人', scale: 'small', status: 'active', foundedOn: date('2015-01-01')})
                CREATE (:Watchlist {owner: 'rm-1'})-[:WATCHES {addedAt: datetime()}]->
                       (:Company {uscc: 'W', name: '关注对象', scale: 'small', status: 'active', foundedOn: date('2015-01-01')})
                WITH *
                UNWIND ['L1', 'L2', 'L3', 'L4'] AS u
                CREATE (:Company {uscc: u, name: u, scale: 'large', status: 'active', foundedOn: date('2000-01-01')})
                """, Map.of());
        for (var buyer : List.of("L1", "L2", "L3", "L4")) {
            trade("M", buyer, "2024-06", "2026-05", 100_000);
        }
        trade("N", "L1", "2024-06", "2026-05", 100_000);
        trade("W", "L1", "2024-06", "2026-05", 100_000);
    }

    @Test
    @Order(1)
    void theFirstRunRecordsABaselineAndRaisesNothing() {
        score("2026-05-31");
        assertThat(alerts()).isEmpty();
        var m = query("MATCH (c:Company {uscc: 'M'}) RETURN c.monitorStableBuyers AS stable, c.monitorTier AS tier")
                .getFirst();
        assertThat(m.get("stable").asList()).containsExactlyInAnyOrder("L1", "L2", "L3", "L4");
        assertThat(m.get("tier").asString()).isNotEqualTo("D");
        assertThat(query("MATCH (c:Company {uscc: 'N'}) RETURN c.monitorRun AS run")
                        .getFirst()
                        .get("run")
                        .isNull())
                .isTrue();
    }

    @Test
    @Order(2)
    void theSecondRunAlertsOnEveryChangeOnceWithConsecutiveNumbers() {
        for (var buyer : List.of("L2", "L3", "L4")) {
            extend("M", buyer, List.of(100_000.0, 100_000.0, 10_000.0));
        }
        extend("N", "L1", List.of(100_000.0, 100_000.0, 10_000.0));
        extend("W", "L1", List.of(100_000.0, 100_000.0, 10_000.0));
        write("""
                MATCH (m:Company {uscc: 'M'})
                CREATE (m)-[:PARTY_TO {role: 'enforced_party'}]->(:Case {caseNo: 'K-DD', kind: 'dishonest_debtor', filedOn: date('2026-07-15')})
                CREATE (m)-[:PARTY_TO {role: 'defendant'}]->(:Case {caseNo: 'K-CIVIL', kind: 'civil', filedOn: date('2026-07-20'), amount: 50000.0})
                """, Map.of());
        score("2026-08-31");
        var alerts = alerts();
        assertThat(alerts)
                .extracting(r -> r.get("key").asString())
                .containsExactlyInAnyOrder(
                        // not a borrower, but on a user's watchlist: monitored all the same
                        "W/sales_drop/2026-08",
                        "W/tier_downgrade/C>D/2026-08-31",
                        "M/sales_drop/2026-08",
                        "M/stable_buyer_silent/L1/2026-05-20",
                        "M/new_dishonest_debtor/K-DD",
                        "M/new_litigation/K-CIVIL",
                        "M/tier_downgrade/"
                                + alerts.stream()
                                        .filter(r -> r.get("key").asString().startsWith("M/tier_downgrade/"))
                                        .findFirst()
                                        .orElseThrow()
                                        .get("key")
                                        .asString()
                                        .split("/")[2]
                                + "/2026-08-31");
        assertThat(alerts).extracting(r -> r.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(alerts).allSatisfy(r -> {
            assertThat(r.get("id").asString()).hasSize(20);
            assertThat(r.get("acknowledged").asBoolean()).isFalse();
            assertThat(r.get("linked").asBoolean()).isTrue();
        });
        var downgrade = alerts.stream()
                .filter(r -> r.get("key").asString().startsWith("M/tier_downgrade/"))
                .findFirst()
                .orElseThrow();
        assertThat(downgrade.get("key").asString()).endsWith(">D/2026-08-31");
        assertThat(downgrade.get("severity").asString()).isEqualTo("high");
    }

    @Test
    @Order(3)
    void aReRunOnTheSameDataAddsNoAlert() {
        score("2026-08-31");
        assertThat(alerts()).hasSize(7);
        assertThat(query("MATCH (s:AlertSequence) RETURN s.next AS next")
                        .getFirst()
                        .get("next")
                        .asLong())
                .isEqualTo(7);
    }

    @Test
    @Order(4)
    void firmsThatNeitherBorrowNorAreWatchedAreNotMonitored() {
        assertThat(query("MATCH (a:Alert {uscc: 'N'}) RETURN a").isEmpty()).isTrue();
    }

    private static List<org.neo4j.driver.Record> alerts() {
        return query("""
                MATCH (a:Alert) RETURN a.key AS key, a.type AS type, a.severity AS severity, a.seq AS seq, a.id AS id,
                       a.acknowledged AS acknowledged, EXISTS { (:Company {uscc: a.uscc})-[:ALERTED]->(a) } AS linked
                ORDER BY a.seq
                """);
    }

    private static void score(String asOf) {
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", asOf);
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    /** Monthly trade of 1 invoice a month on the 20th, from {@code first} to {@code last}. */
    private static void trade(String seller, String buyer, String first, String last, double amount) {
        var months = new ArrayList<String>();
        for (var m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        write("""
                MATCH (s:Company {uscc: $s}), (b:Company {uscc: $b})
                CREATE (s)-[:SUPPLIES {months: $months, monthlyAmounts: [m IN $months | $amount], monthlyCounts: [m IN $months | 1],
                        amount: $amount * size($months), redAmount: 0.0, voidAmount: 0.0, categories: ['钢材'],
                        firstOn: date($months[0] + '-20'), lastOn: date($months[-1] + '-20')}]->(b)
                """, Map.of("s", seller, "b", buyer, "months", months, "amount", amount));
    }

    /** Appends June, July, August… amounts to a pair's monthly lists, as a daily load's aggregation would. */
    private static void extend(String seller, String buyer, List<Double> amounts) {
        var months = new ArrayList<String>();
        for (int i = 0; i < amounts.size(); i++) {
            months.add(YearMonth.of(2026, 6).plusMonths(i).toString());
        }
        write("""
                MATCH (:Company {uscc: $s})-[r:SUPPLIES]->(:Company {uscc: $b})
                SET r.months = r.months + $months, r.monthlyAmounts = r.monthlyAmounts + $amounts,
                    r.monthlyCounts = r.monthlyCounts + [a IN $amounts | 1],
                    r.amount = r.amount + reduce(t = 0.0, a IN $amounts | t + a), r.lastOn = date($months[-1] + '-20')
                """, Map.of("s", seller, "b", buyer, "months", months, "amounts", amounts));
    }

    private static void write(String cypher, Map<String, Object> parameters) {
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run(cypher, parameters).consume();
        }
    }
}
