package dev.anchorgraph.analytics.score;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An anchor in distress and the firms around it, scored as of 2026-10-31 (docs/risk-model.md, Counterparty distress,
 * whose worked example this is).
 *
 * <pre>
 *   A (anchor, dishonest debtor since 2026-08-01)   H (anchor, healthy)
 *   S1 --60/month--> A, --40--> B        (borrower)  exposure 0.60, no chain
 *   T  --50--> S1,     --50--> W                      exposure 0.5 × 0.5 × 0.60 = 0.15
 *   S2 --100--> H                                      untouched
 *   S3 --5--> A,       --95--> H                      exposure 0.05 (no points), chain through H only
 * </pre>
 */
class CounterpartyDistressIT {

    static final String TWELVE_MONTHS =
            "['2025-11','2025-12','2026-01','2026-02','2026-03','2026-04','2026-05','2026-06','2026-07','2026-08','2026-09','2026-10']";

    @BeforeAll
    static void scoreAroundADistressedAnchor() {
        TestNeo4j.clear();
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("""
                    CREATE (a:Company:Anchor {uscc: 'A', name: '核心地产集团', scale: 'large', status: 'active', foundedOn: date('2000-01-01')})
                    CREATE (h:Company:Anchor {uscc: 'H', name: '健康核心', scale: 'large', status: 'active', foundedOn: date('2000-01-01')})
                    CREATE (s1:Company:Borrower {uscc: 'S1', name: '一级供应商', scale: 'small', status: 'active', foundedOn: date('2012-01-01')})
                    CREATE (t:Company {uscc: 'T', name: '二级供应商', scale: 'small', status: 'active', foundedOn: date('2012-01-01')})
                    CREATE (s2:Company {uscc: 'S2', name: '健康供应商', scale: 'small', status: 'active', foundedOn: date('2012-01-01')})
                    CREATE (s3:Company {uscc: 'S3', name: '小额供应商', scale: 'small', status: 'active', foundedOn: date('2012-01-01')})
                    CREATE (b:Company {uscc: 'B', name: '其他买家', scale: 'micro', status: 'active'})
                    CREATE (w:Company {uscc: 'W', name: '其他买家二', scale: 'micro', status: 'active'})
                    CREATE (a)-[:PARTY_TO {role: 'enforced_party'}]->(:Case {caseNo: '(2026)粤03执1号', kind: 'dishonest_debtor',
                            filedOn: date('2026-08-01'), amount: 5.0E8})
                    WITH a, h, s1, t, s2, s3, b, w
                    UNWIND [
                      {s: s1, b: a, amount: 60.0}, {s: s1, b: b, amount: 40.0},
                      {s: t, b: s1, amount: 50.0}, {s: t, b: w, amount: 50.0},
                      {s: s2, b: h, amount: 100.0},
                      {s: s3, b: a, amount: 5.0}, {s: s3, b: h, amount: 95.0}
                    ] AS x
                    WITH x, %s AS months
                    CALL (x, months) {
                      WITH x.s AS s, x.b AS b
                      CREATE (s)-[:SUPPLIES {months: months, monthlyAmounts: [m IN months | x.amount],
                              monthlyCounts: [m IN months | 1], monthlyDayMasks: [m IN months | 1 + 512 + 65536],
                              amount: x.amount * 12, invoiceCount: 12, firstOn: date('2024-01-01'), lastOn: date('2026-10-17')}]->(b)
                    }
                    """.formatted(TWELVE_MONTHS)).consume();
        }
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-10-31");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Counterparty distress: 1 firm(s) in distress");
    }

    static Map<String, Object> props(String uscc) {
        return query("MATCH (c:Company {uscc: $u}) RETURN c", Map.of("u", uscc))
                .getFirst()
                .get("c")
                .asMap();
    }

    static String reasonValue(Map<String, Object> firm, String code) {
        var codes = (List<?>) firm.get("riskReasons");
        var values = (List<?>) firm.get("riskReasonValues");
        int i = codes.indexOf(code);
        return i < 0 ? null : (String) values.get(i);
    }

    @Test
    void theAnchorIsInDistressAsADishonestDebtorSinceItsCaseWasFiled() {
        var a = props("A");
        assertThat(a.get("distress")).isEqualTo(List.of("dishonest_debtor"));
        assertThat(a.get("distressSince")).hasToString("2026-08-01");
        assertThat(props("H")).doesNotContainKey("distress");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupplierSellingSixtyPercentToTheAnchorLosesItsChainPointsAndPaysForTheDependency() {
        var s1 = props("S1");
        assertThat((double) s1.get("counterpartyDistress")).isCloseTo(0.6, within(1e-9));
        assertThat(s1).doesNotContainKey("anchorHops");
        assertThat((List<Object>) s1.get("riskReasons"))
                .contains("COUNTERPARTY_DISTRESS", "NO_ANCHOR_CHAIN")
                .doesNotContain("CHAIN_HOPS", "CHAIN_STRENGTH");
        assertThat(reasonValue(s1, "COUNTERPARTY_DISTRESS")).isEqualTo("60% → 核心地产集团");
        assertThat(s1.get("counterpartyDistressFirm")).isEqualTo("A");
        assertThat(s1.get("counterpartyDistressSignals")).isEqualTo(List.of("dishonest_debtor"));
        assertThat(s1.get("riskTier")).isIn("C", "D");
    }

    @Test
    void itsOwnSupplierIsExposedOverTwoHopsAtHalfTheProductOfShares() {
        var t = props("T");
        assertThat((double) t.get("counterpartyDistress")).isCloseTo(0.15, within(1e-9));
        assertThat(reasonValue(t, "COUNTERPARTY_DISTRESS")).isEqualTo("15% → 一级供应商 → 核心地产集团");
        assertThat(t.get("counterpartyDistressHops")).isEqualTo(2L);
    }

    @Test
    void firmsNearTheHealthyAnchorKeepTheirChainAndASmallShareCostsNoPoints() {
        var s2 = props("S2");
        assertThat((double) s2.get("counterpartyDistress")).isZero();
        assertThat(s2.get("anchorHops")).isEqualTo(1L);
        var s3 = props("S3");
        assertThat((double) s3.get("counterpartyDistress")).isCloseTo(0.05, within(1e-9));
        assertThat(reasonValue(s3, "COUNTERPARTY_DISTRESS")).isNull();
        assertThat(s3.get("anchorHops")).isEqualTo(1L);
        assertThat((double) s3.get("chainStrength")).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void theBorrowerIsAlertedThatItsMainBuyerIsInDistress() {
        var alerts = query("""
                MATCH (:Company {uscc: 'S1'})-[:ALERTED]->(a:Alert {type: 'counterparty_distress'})
                RETURN a.severity AS severity, a.messageEn AS en, a.messageZh AS zh
                """);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.get("severity").asString()).isEqualTo("high");
            assertThat(a.get("en").asString())
                    .isEqualTo("60% of sales tied to 核心地产集团, in distress since 2026-08-01: dishonest debtor");
        });
    }
}
