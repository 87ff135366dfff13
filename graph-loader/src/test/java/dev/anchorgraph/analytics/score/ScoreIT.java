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
import org.neo4j.driver.Record;

/**
 * A small hand-built supply chain, scored as of 2026-10-31, whose chains, stable buyers, scores and tiers are
 * worked out by hand below.
 *
 * <pre>
 *   X --40%--> Y --60%--> Z (anchor) --100% of D's purchases--> D
 *   X --60%--> W          Y --40%--> V (large, 6 active months)
 *
 * Y sells 60 a month to Z for 12 months and 80 a month to V for the last 6: 720 of 1,200, a 60 % share.
 * </pre>
 *
 * <p>T is a large state-owned firm known from the registry only (no invoices), a borrower whose previous run left it
 * tier B; N sold to W in only 2 of the last 12 months; R sells to W every month; S sold to W every month of the
 * 12 before the last 12, and nothing since.
 */
class ScoreIT {

    static final String TWELVE_MONTHS =
            "['2025-11','2025-12','2026-01','2026-02','2026-03','2026-04','2026-05','2026-06','2026-07','2026-08','2026-09','2026-10']";

    @BeforeAll
    static void scoreTheChain() {
        TestNeo4j.clear();
        try (var s = LoaderRun.NEO4J.driver().session(LoaderRun.NEO4J.settings().sessionConfig())) {
            s.run("""
                    CREATE (z:Company:Anchor {uscc: 'Z', name: '核心', scale: 'large', status: 'active', foundedOn: date('2000-01-01')})
                    CREATE (y:Company:RiskTierD {uscc: 'Y', name: '一级供应商', scale: 'small', status: 'active', foundedOn: date('2015-03-01')})
                    CREATE (x:Company {uscc: 'X', name: '二级供应商', scale: 'small', status: 'active', foundedOn: date('2024-06-01')})
                    CREATE (w:Company {uscc: 'W', name: '其他买家', scale: 'micro', status: 'active'})
                    CREATE (v:Company {uscc: 'V', name: '大买家', scale: 'large', status: 'active'})
                    CREATE (d:Company {uscc: 'D', name: '经销商', scale: 'small', status: 'active', foundedOn: date('2018-01-01')})
                    CREATE (k:Company {uscc: 'K', name: '失信企业', scale: 'micro', status: 'active', foundedOn: date('2019-01-01')})
                    CREATE (r:Company {uscc: 'R', name: '关联企业', scale: 'micro', status: 'active', foundedOn: date('2019-01-01')})
                    CREATE (q:Company {uscc: 'Q', name: '吊销企业', scale: 'micro', status: 'revoked', foundedOn: date('2019-01-01')})
                    CREATE (p:Person {id: 'P1', name: '张三'})
                    CREATE (p)-[:OFFICER_OF {role: 'legal_representative'}]->(k)
                    CREATE (p)-[:OFFICER_OF {role: 'legal_representative'}]->(r)
                    CREATE (k)-[:PARTY_TO {role: 'enforced_party'}]->(:Case {caseNo: 'C1', kind: 'dishonest_debtor', filedOn: date('2026-03-01'), amount: 100000.0})
                    CREATE (r1:Company {uscc: 'R1', name: '环一', scale: 'micro', status: 'active', foundedOn: date('2025-01-01')})
                    CREATE (r2:Company {uscc: 'R2', name: '环二', scale: 'micro', status: 'active', foundedOn: date('2025-01-01')})
                    CREATE (:Company:Borrower:RiskTierB {uscc: 'T', name: '路桥集团', scale: 'large', status: 'active',
                            foundedOn: date('1998-01-01'), riskScore: 600, riskTier: 'B', monitorRun: 'run-0',
                            monitorAsOf: date('2026-09-30'), monitorTier: 'B', monitorScore: 600})
                    CREATE (n:Company {uscc: 'N', name: '零星开票', scale: 'small', status: 'active', foundedOn: date('2010-01-01')})
                    WITH x, y, z, w, v, d, r1, r2, r, n
                    UNWIND [
                      {s: x, b: y, amount: 40.0, day: 16, months: 12, first: date('2024-07-05')},
                      {s: x, b: w, amount: 60.0, day: 524288, months: 12, first: date('2024-07-20')},
                      {s: y, b: z, amount: 60.0, day: 512, months: 12, first: date('2025-01-10')},
                      {s: y, b: v, amount: 80.0, day: 16384, months: 6, first: date('2026-05-15')},
                      {s: z, b: d, amount: 500.0, day: 1, months: 12, first: date('2024-01-01')},
                      {s: r1, b: r2, amount: 1000.0, day: 2, months: 6, first: date('2026-05-01')},
                      {s: r2, b: r1, amount: 990.0, day: 8, months: 6, first: date('2026-05-07')},
                      {s: r, b: w, amount: 5.0, day: 4, months: 12, first: date('2024-01-03')},
                      {s: n, b: w, amount: 5.0, day: 4, months: 2, first: date('2026-09-03')}
                    ] AS t
                    WITH t, %s AS all
                    WITH t, all[12 - t.months..] AS months
                    CALL (t, months) {
                      WITH t.s AS s, t.b AS b
                      CREATE (s)-[:SUPPLIES {months: months, monthlyAmounts: [m IN months | t.amount],
                              monthlyCounts: [m IN months | 1], monthlyDayMasks: [m IN months | t.day],
                              amount: t.amount * size(months), invoiceCount: size(months), firstOn: t.first,
                              lastOn: date(months[-1] + '-' + right('0' + toString(toInteger(log(t.day) / log(2)) + 1), 2))}]->(b)
                    }
                    """.formatted(TWELVE_MONTHS)).consume();
            s.run("""
                    MATCH (w:Company {uscc: 'W'})
                    CREATE (s:Company {uscc: 'S', name: '停业企业', scale: 'small', status: 'active', foundedOn: date('2010-01-01')})
                    WITH s, w, ['2024-11','2024-12','2025-01','2025-02','2025-03','2025-04','2025-05','2025-06','2025-07',
                                '2025-08','2025-09','2025-10'] AS months
                    CREATE (s)-[:SUPPLIES {months: months, monthlyAmounts: [m IN months | 50.0], monthlyCounts: [m IN months | 1],
                            monthlyDayMasks: [m IN months | 4], amount: 600.0, invoiceCount: 12,
                            firstOn: date('2024-11-03'), lastOn: date('2025-10-03')}]->(w)
                    """).consume();
        }
        var run = LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-10-31");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    static Record company(String uscc) {
        return query("MATCH (c:Company {uscc: $u}) RETURN c", Map.of("u", uscc)).getFirst();
    }

    static Map<String, Object> props(String uscc) {
        return company(uscc).get("c").asMap();
    }

    @Test
    void chainStrengthIsTheProductOfSharesAlongTheStrongestChain() {
        var chains = query("""
                MATCH (c:Company)-[m:CHAIN_TO]->(:Anchor {uscc: 'Z'})
                RETURN c.uscc AS firm, m.direction AS direction, m.hops AS hops, m.strength AS strength, m.path AS path, m.shares AS shares
                ORDER BY firm, direction
                """);
        assertThat(chains)
                .extracting(r -> r.get("firm").asString() + "/"
                        + r.get("direction").asString() + "/" + r.get("hops").asInt())
                .containsExactly("D/downstream/1", "X/upstream/2", "Y/upstream/1");
        var x = chains.get(1);
        assertThat(x.get("strength").asDouble()).isCloseTo(0.4 * 0.6, within(1e-9));
        assertThat(x.get("path").asList()).containsExactly("X", "Y", "Z");
        assertThat(x.get("shares").asList(v -> v.asDouble())).containsExactly(0.4, 0.6);
        assertThat(chains.get(0).get("strength").asDouble()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aStableLargeBuyerNeedsTenureRegularityEvennessAndRecency() {
        // Y sells to Z every month since 2025-01 (stable) and to V, large, only since 2026-05 (6 months: not stable)
        var y = props("Y");
        assertThat(y.get("largeBuyers")).isEqualTo(2L);
        assertThat(y.get("stableLargeBuyers")).isEqualTo(1L);
        assertThat((double) y.get("largeBuyerShare")).isCloseTo(1.0, within(1e-9));
        assertThat((double) y.get("buyerHhi")).isCloseTo(0.6 * 0.6 + 0.4 * 0.4, within(1e-9));
    }

    @Test
    void theFirstTierSupplierScoresAsWorkedOutByHand() {
        // 500 + 60 (1 hop) + 40 (strength 0.60) + 15 (1 stable large buyer) + 20 (100 % to large buyers)
        //     - 10 (HHI 0.52) + 10 (12 months trading) + 15 (11.7 years old) = 650 -> A; ties by code
        var y = props("Y");
        assertThat(y.get("riskScore")).isEqualTo(650L);
        assertThat(y.get("riskTier")).isEqualTo("A");
        assertThat(y.get("riskReasons"))
                .isEqualTo(List.of(
                        "CHAIN_HOPS",
                        "CHAIN_STRENGTH",
                        "LARGE_BUYER_SHARE",
                        "FIRM_AGE",
                        "STABLE_LARGE_BUYERS",
                        "BUYER_CONCENTRATION",
                        "MONTHS_TRADING"));
        assertThat(y.get("riskReasonValues")).isEqualTo(List.of("1", "0.60", "100%", "11.7", "1", "0.52", "12"));
    }

    @Test
    void theSecondTierSupplierScoresAsWorkedOutByHand() {
        // 500 + 35 (2 hops) + 20 (strength 0.24) - 10 (no stable large buyer) - 10 (HHI 0.52)
        //     + 10 (12 months) - 15 (2.4 years old) = 530 -> C
        var x = props("X");
        assertThat(x.get("riskScore")).isEqualTo(530L);
        assertThat(x.get("riskTier")).isEqualTo("C");
        assertThat(x.get("anchorHops")).isEqualTo(2L);
    }

    @Test
    void everyFirmCarriesItsTierAsItsOnlyTierLabel() {
        // Y starts with a stale :RiskTierD (as if from an earlier run) and scores A
        var rows = query(
                "MATCH (c:Company) RETURN c.uscc AS u, c.riskTier AS tier, [l IN labels(c) WHERE l STARTS WITH 'RiskTier'] AS labels");
        assertThat(rows).hasSize(14);
        for (var r : rows) {
            var labels = r.get("labels").asList(org.neo4j.driver.Value::asString);
            if (r.get("tier").isNull()) {
                assertThat(labels).as(r.get("u").asString()).isEmpty();
            } else {
                assertThat(labels)
                        .as(r.get("u").asString())
                        .containsExactly("RiskTier" + r.get("tier").asString());
            }
        }
        assertThat(query("MATCH (c:RiskTierA {uscc: 'Y'}) RETURN c")).hasSize(1);
    }

    @Test
    void knockOutsForceTierDWithTheirReasonFirst() {
        var k = props("K");
        assertThat(k.get("riskTier")).isEqualTo("D");
        assertThat(k.get("riskKnockouts")).isEqualTo(List.of("KO_DISHONEST_DEBTOR"));
        assertThat(((List<?>) k.get("riskReasons")).getFirst()).isEqualTo("KO_DISHONEST_DEBTOR");
        var q = props("Q");
        assertThat(q.get("riskKnockouts")).isEqualTo(List.of("KO_STATUS_NOT_ACTIVE"));
        assertThat(((List<?>) q.get("riskReasonValues")).getFirst()).isEqualTo("revoked");
    }

    @Test
    void aFirmWithNoInvoicesGetsNoTierButSaysWhatIsMissing() {
        var t = props("T");
        assertThat(t.get("riskStatus")).isEqualTo("insufficient_data");
        assertThat(t).doesNotContainKeys("riskTier", "riskScore");
        assertThat(t.get("riskReasons")).isEqualTo(List.of("NO_TRADE_DATA"));
        assertThat(t.get("riskKnockouts")).isEqualTo(List.of());
        assertThat(t.get("monthsTrading")).isEqualTo(0L);
        assertThat(props("Y").get("riskStatus")).isEqualTo("scored");
    }

    @Test
    void aFirmWithFewerMonthsOfInvoicesThanTheMinimumGetsNoTier() {
        var n = props("N");
        assertThat(n.get("riskStatus")).isEqualTo("insufficient_data");
        assertThat(n).doesNotContainKeys("riskTier", "riskScore");
        assertThat(n.get("riskReasons")).isEqualTo(List.of("THIN_TRADE_DATA"));
        assertThat(n.get("riskReasonValues")).isEqualTo(List.of("2"));
    }

    @Test
    void aFirmWhoseTradeStoppedAYearAgoIsScoredOnThatEvidence() {
        // 500 - 20 (no chain) - 10 (no stable buyer) - 30 (0 months) - 20 (0 invoicing days) - 20 (sales -100 %)
        //     + 15 (16.8 years old) = 415 -> D
        var s = props("S");
        assertThat(s.get("riskStatus")).isEqualTo("scored");
        assertThat(s.get("riskTier")).isEqualTo("D");
        assertThat(s.get("riskScore")).isEqualTo(415L);
        assertThat((List<Object>) s.get("riskReasons")).contains("SALES_YOY", "MONTHS_TRADING");
    }

    @Test
    void aKnockedOutFirmWithNoInvoicesIsStillDeclined() {
        // K and Q have no invoices: the dishonest-debtor case and the revoked licence are evidence of their own
        for (var firm : List.of("K", "Q")) {
            assertThat(props(firm).get("riskStatus")).as(firm).isEqualTo("scored");
            assertThat(props(firm).get("riskTier")).as(firm).isEqualTo("D");
        }
    }

    @Test
    void theSuggestedLimitSaysWhichRuleBoundItAndIsZeroForDAndInsufficientData() {
        // Y: 0.2 × 720 (60 a month to Z, its stable large buyer) = 144, rounded down to 10,000: 0
        var y = props("Y");
        assertThat((double) y.get("stableBuyerSales12")).isCloseTo(720.0, within(1e-9));
        assertThat(y.get("suggestedLimit")).isEqualTo(0L);
        assertThat(y.get("suggestedLimitBasis")).isEqualTo("stable_sales_share");
        assertThat(props("X").get("suggestedLimitBasis")).isEqualTo("no_stable_sales");
        assertThat(props("K").get("suggestedLimitBasis")).isEqualTo("tier_d");
        assertThat(props("T").get("suggestedLimitBasis")).isEqualTo("insufficient_data");
        for (var firm : List.of("X", "K", "T")) {
            assertThat(props(firm).get("suggestedLimit")).as(firm).isEqualTo(0L);
        }
    }

    @Test
    void aBorrowerBecomingInsufficientDataRaisesNoDowngradeAndKeepsItsLastTierAsTheBaseline() {
        assertThat(query("MATCH (:Company {uscc: 'T'})-[:ALERTED]->(a:Alert {type: 'tier_downgrade'}) RETURN a"))
                .isEmpty();
        assertThat(props("T").get("monitorTier")).isEqualTo("B");
        assertThat(props("T").get("monitorRun")).isNotEqualTo("run-0");
    }

    @Test
    void membersOfACircularTradingRingAreKnockedOut() {
        for (var member : List.of("R1", "R2")) {
            assertThat(props(member).get("riskKnockouts")).as(member).isEqualTo(List.of("KO_CIRCULAR_TRADING"));
            assertThat(props(member).get("riskTier")).isEqualTo("D");
        }
        assertThat(props("Y").get("riskKnockouts")).isEqualTo(List.of());
    }

    @Test
    void aSisterFirmUnderTheSameLegalRepresentativeCarriesItsEnforcementRisk() {
        var r = props("R");
        assertThat((List<Object>) r.get("riskReasons")).contains("RELATED_PARTY_RISK");
        assertThat(r.get("riskKnockouts")).isEqualTo(List.of());
    }

    @Test
    void theRunIsRecordedAndScoresDoNotDependOnTheClock() {
        var run = query(
                        "MATCH (r:ScoreRun) RETURN r.asOf AS asOf, r.companies AS n, r.model AS model ORDER BY r.finishedAt DESC LIMIT 1")
                .getFirst();
        assertThat(run.get("asOf").asLocalDate()).hasToString("2026-10-31");
        assertThat(run.get("n").asLong()).isEqualTo(14);
        assertThat(run.get("model").asString()).isEqualTo("scorecard-v3");
        // scorecard-v3 as shipped has no calibration: no PD is stored, and the run says so
        var pd = query("MATCH (r:ScoreRun) RETURN r.pdCalibration AS pd ORDER BY r.finishedAt DESC LIMIT 1")
                .getFirst();
        assertThat(pd.get("pd").asString()).isEqualTo("none");
        assertThat(query("MATCH (c:Company) WHERE c.riskPd IS NOT NULL RETURN count(*) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isZero();
        var before =
                query("MATCH (c:Company) RETURN c.uscc AS u, c.riskScore AS s, c.riskReasons AS r ORDER BY u").stream()
                        .map(Record::toString)
                        .toList();
        assertThat(LoaderRun.run(c -> {}, null, "score", "--as-of", "2026-10-31")
                        .exitCode())
                .isZero();
        var after =
                query("MATCH (c:Company) RETURN c.uscc AS u, c.riskScore AS s, c.riskReasons AS r ORDER BY u").stream()
                        .map(Record::toString)
                        .toList();
        assertThat(after).isEqualTo(before);
    }
}
