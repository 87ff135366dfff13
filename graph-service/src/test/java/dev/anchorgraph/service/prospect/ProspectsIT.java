package dev.anchorgraph.service.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One anchor X and ten firms in its chain. By the documented ranking (tier, chain strength desc, score desc, uscc
 * asc), with the defaults (at most 2 hops, both directions, first-time borrowers only):
 * <pre>
 *   P3  A  0.55  660   downstream 1 hop
 *   P2  A  0.40  690   upstream 2 hops  (same strength as P1, higher score)
 *   P1  A  0.40  680   upstream 1 hop
 *   P4  B  0.70  600   upstream 1 hop
 *   P5  B  0.70  600   upstream 2 hops  (ties P4 on tier, strength, score: uscc decides)
 *   P10 B  0.35  590   downstream 1 hop (also upstream 2 hops at 0.15: listed once, on the stronger chain)
 *   P6  C  0.20  520   downstream 2 hops
 *   P9  -  0.10  -     unscored: last
 * left out by default: P7 (3 hops), P8 (already a borrower), P11 (a borrower with insufficient data for a tier,
 * on the strongest chain of all, 0.95: ranked after every tier, before the unscored).
 * </pre>
 * P1 and P3 are scored as of 2026-06-30 and trade with X directly: P1 sold 1,000 (2025-05, before the 12 months),
 * 200 and 300.50 to it, X sold 900 to P3; the others have no as-of date, so no 12-month trade figure.
 */
@ServiceIT
class ProspectsIT extends ServiceIT.Base {

    static final String X = "9144030071526726XG";
    static final String NOT_ANCHOR = "91110108MA0R3NT01P";
    static final String UNKNOWN = "91110108MA0R3NT02T";
    static final String P1 = "91440300MA5R2PK01M",
            P2 = "91440300MA5R2PK02Q",
            P3 = "91440300MA5R2PK03U",
            P4 = "91440300MA5R2PK04Y",
            P5 = "91440300MA5R2PK052",
            P6 = "91440300MA5R2PK065",
            P7 = "91440300MA5R2PK078",
            P8 = "91440300MA5R2PK08B",
            P9 = "91440300MA5R2PK09E",
            P10 = "91440300MA5R2PK10K",
            P11 = "91440300MA5R2PK11N";
    static final List<String> DEFAULT_ORDER = List.of(P3, P2, P1, P4, P5, P10, P6, P9);

    @Autowired
    WebTestClient http;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (x:Company:Anchor {uscc: '9144030071526726XG', name: '深圳市示例钢构集团有限公司', program: '钢构供应链'})
                CREATE (:Company {uscc: '91110108MA0R3NT01P', name: '北京市非锚科技有限公司'})
                WITH x
                UNWIND [
                  {uscc: '91440300MA5R2PK01M', name: '深圳市甲元精密五金有限公司', scale: 'small', tier: 'A', score: 680},
                  {uscc: '91440300MA5R2PK02Q', name: '东莞市乙丰模具有限公司', scale: 'micro', tier: 'A', score: 690},
                  {uscc: '91440300MA5R2PK03U', name: '广州市丙辰建材贸易有限公司', scale: 'medium', tier: 'A', score: 660},
                  {uscc: '91440300MA5R2PK04Y', name: '深圳市丁泰钢材加工有限公司', scale: 'small', tier: 'B', score: 600},
                  {uscc: '91440300MA5R2PK052', name: '惠州市戊通紧固件有限公司', scale: 'small', tier: 'B', score: 600},
                  {uscc: '91440300MA5R2PK065', name: '佛山市己安建筑工程有限公司', scale: 'small', tier: 'C', score: 520},
                  {uscc: '91440300MA5R2PK078', name: '中山市庚申五金制品厂', scale: 'large', tier: 'D', score: 480},
                  {uscc: '91440300MA5R2PK08B', name: '深圳市辛达物流有限公司', scale: 'small', tier: 'B', score: 610},
                  {uscc: '91440300MA5R2PK09E', name: '东莞市壬成包装材料有限公司', scale: 'micro'},
                  {uscc: '91440300MA5R2PK10K', name: '深圳市癸和机电设备有限公司', scale: 'medium', tier: 'B', score: 590},
                  {uscc: '91440300MA5R2PK11N', name: '深圳市路桥建设集团有限公司', scale: 'large', thin: true}
                ] AS f
                CREATE (c:Company {uscc: f.uscc, name: f.name, scale: f.scale})
                SET c.riskTier = f.tier, c.riskScore = f.score,
                    c.riskModel = CASE WHEN f.tier IS NULL THEN null ELSE 'scorecard-v1' END,
                    c.riskStatus = CASE WHEN f.tier IS NOT NULL THEN 'scored' END,
                    c.riskReasons = [], c.riskReasonPoints = [], c.riskReasonValues = [],
                    c.stableLargeBuyers = 1, c.monthsTrading = 10
                """);
        write("""
                MATCH (p2:Company {uscc: '91440300MA5R2PK02Q'}), (p8:Company {uscc: '91440300MA5R2PK08B'})
                SET p2.riskReasons = ['STABLE_LARGE_BUYERS', 'LITIGATION_DEFENDANT', 'CHAIN_STRENGTH', 'CHAIN_HOPS'],
                    p2.riskReasonPoints = [80, -60, 40, 35], p2.riskReasonValues = ['4', '3', '0.40', '2'],
                    p2.stableLargeBuyers = 4, p2.monthsTrading = 12,
                    p8:Borrower
                WITH 1 AS one
                MATCH (p11:Company {uscc: '91440300MA5R2PK11N'})
                SET p11:Borrower, p11.riskStatus = 'insufficient_data', p11.riskModel = 'scorecard-v3',
                    p11.riskReasons = ['NO_TRADE_DATA'], p11.riskReasonPoints = [0], p11.riskReasonValues = [''],
                    p11.monthsTrading = 0, p11.stableLargeBuyers = 0, p11.suggestedLimit = 0,
                    p11.suggestedLimitBasis = 'insufficient_data'
                WITH 1 AS one
                MATCH (x:Anchor {uscc: '9144030071526726XG'})
                UNWIND [
                  ['91440300MA5R2PK01M', 'upstream', 1, 0.40, ['91440300MA5R2PK01M', '9144030071526726XG'], [0.40]],
                  ['91440300MA5R2PK02Q', 'upstream', 2, 0.40,
                      ['91440300MA5R2PK02Q', '91440300MA5R2PK01M', '9144030071526726XG'], [1.0, 0.40]],
                  ['91440300MA5R2PK03U', 'downstream', 1, 0.55, ['91440300MA5R2PK03U', '9144030071526726XG'], [0.55]],
                  ['91440300MA5R2PK04Y', 'upstream', 1, 0.70, ['91440300MA5R2PK04Y', '9144030071526726XG'], [0.70]],
                  ['91440300MA5R2PK052', 'upstream', 2, 0.70,
                      ['91440300MA5R2PK052', '91440300MA5R2PK04Y', '9144030071526726XG'], [1.0, 0.70]],
                  ['91440300MA5R2PK065', 'downstream', 2, 0.20,
                      ['91440300MA5R2PK065', '91440300MA5R2PK03U', '9144030071526726XG'], [0.5, 0.40]],
                  ['91440300MA5R2PK078', 'upstream', 3, 0.90,
                      ['91440300MA5R2PK078', '91440300MA5R2PK09E', '91440300MA5R2PK08B', '9144030071526726XG'],
                      [1.0, 0.9, 1.0]],
                  ['91440300MA5R2PK08B', 'upstream', 1, 0.30, ['91440300MA5R2PK08B', '9144030071526726XG'], [0.30]],
                  ['91440300MA5R2PK09E', 'upstream', 1, 0.10, ['91440300MA5R2PK09E', '9144030071526726XG'], [0.10]],
                  ['91440300MA5R2PK10K', 'upstream', 2, 0.15,
                      ['91440300MA5R2PK10K', '91440300MA5R2PK01M', '9144030071526726XG'], [0.375, 0.40]],
                  ['91440300MA5R2PK10K', 'downstream', 1, 0.35, ['91440300MA5R2PK10K', '9144030071526726XG'], [0.35]],
                  ['91440300MA5R2PK11N', 'upstream', 1, 0.95, ['91440300MA5R2PK11N', '9144030071526726XG'], [0.95]]
                ] AS m
                MATCH (c:Company {uscc: m[0]})
                CREATE (c)-[:CHAIN_TO {direction: m[1], hops: m[2], strength: m[3], path: m[4], shares: m[5]}]->(x)
                """);
        write("""
                MATCH (x:Anchor {uscc: '9144030071526726XG'}), (p1:Company {uscc: '91440300MA5R2PK01M'}),
                      (p3:Company {uscc: '91440300MA5R2PK03U'})
                SET p1.riskAsOf = date('2026-06-30'), p3.riskAsOf = date('2026-06-30'), p1.annualSales = 1234567.0,
                    p1.industryCode = 'C3311', p1.region = '440300', p1.riskModel = 'scorecard-v3',
                    p1.suggestedLimit = 200000, p1.suggestedLimitBasis = 'sales_months', p1.stableBuyerSales12 = 1200000.0,
                    p1.riskPd = 0.0123, p1.groupId = 'G0123456789abcdef', p1.groupExposure = 5000000.0
                CREATE (p1)-[:IN_INDUSTRY]->(:Industry {code: 'C3311', name: '金属结构制造', level: 4})
                CREATE (p1)-[:SUPPLIES {months: ['2025-05', '2025-07', '2026-06'], monthlyAmounts: [1000.0, 200.0, 300.5]}]->(x)
                CREATE (x)-[:SUPPLIES {months: ['2026-01'], monthlyAmounts: [900.0]}]->(p3)
                """);
    }

    @Test
    void prospectsAreRankedByTierThenChainStrengthThenScoreThenUscc() {
        var page = get("/api/v1/anchors/" + X + "/prospects");
        assertThat(usccs(page)).containsExactlyElementsOf(DEFAULT_ORDER);
        assertThat(page.get("anchor").get("uscc").asString()).isEqualTo(X);
        assertThat(page.get("anchor").get("name").asString()).isEqualTo("深圳市示例钢构集团有限公司");
        assertThat(page.get("nextCursor").isNull()).isTrue();
        assertThat(page.get("sort").asString()).isEqualTo("ranking");
        assertThat(page.get("total").asLong()).isEqualTo(8);
        assertThat(page.get("asOf").asString()).isEqualTo("2026-06-30");
    }

    @Test
    void theTotalCountsTheMatchingFirmsOnAllPages() {
        assertThat(get("/api/v1/anchors/" + X + "/prospects?limit=3")
                        .get("total")
                        .asLong())
                .isEqualTo(8);
        assertThat(get("/api/v1/anchors/" + X + "/prospects?limit=3&tier=A")
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(get("/api/v1/anchors/" + X + "/prospects?maxHops=3&firstTimeOnly=false")
                        .get("total")
                        .asLong())
                .isEqualTo(11);
    }

    @Test
    void sortByScoreOrdersByTheScoreAloneThenUscc() {
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?sort=score")))
                .containsExactly(P2, P1, P3, P4, P5, P10, P6, P9);
    }

    @Test
    void sortByTradeOrdersByTwelveMonthTradeWithTheAnchorAndPagesFollowThatOrder() {
        var expected = List.of(P3, P1, P2, P4, P5, P6, P9, P10);
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?sort=trade"))).containsExactlyElementsOf(expected);
        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            var page = get("/api/v1/anchors/" + X + "/prospects?sort=trade&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(usccs(page));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void aRowCarriesIndustryRegionTwelveMonthSalesAndTradeWithTheAnchor() {
        var rows = get("/api/v1/anchors/" + X + "/prospects?sort=trade").get("rows");
        var p3 = rows.get(0);
        assertThat(p3.get("anchorTrade").asDouble()).isEqualTo(900.0);
        var p1 = rows.get(1);
        assertThat(p1.get("uscc").asString()).isEqualTo(P1);
        assertThat(p1.get("anchorTrade").asDouble())
                .as("2025-05 is before the 12 months")
                .isEqualTo(500.5);
        assertThat(p1.get("annualSales").asDouble()).isEqualTo(1234567.0);
        assertThat(p1.get("industryCode").asString()).isEqualTo("C3311");
        assertThat(p1.get("industryName").asString()).isEqualTo("金属结构制造");
        assertThat(p1.get("region").asString()).isEqualTo("440300");
        assertThat(rows.get(2).get("anchorTrade").isNull()).as("no as-of date").isTrue();
    }

    @Test
    void aCursorIsGoodOnlyForTheSortItWasMadeIn() {
        var cursor = get("/api/v1/anchors/" + X + "/prospects?limit=2")
                .get("nextCursor")
                .asString();
        bad("sort=score&cursor=" + cursor, "cursor", "sort=ranking");
    }

    @Test
    void aRowCarriesItsChainScoresAndTheThreeStrongestReasons() {
        var p2 = get("/api/v1/anchors/" + X + "/prospects").get("rows").get(1);
        assertThat(p2.get("uscc").asString()).isEqualTo(P2);
        assertThat(p2.get("name").asString()).isEqualTo("东莞市乙丰模具有限公司");
        assertThat(p2.get("scale").asString()).isEqualTo("micro");
        assertThat(p2.get("hops").asInt()).isEqualTo(2);
        assertThat(p2.get("direction").asString()).isEqualTo("upstream");
        assertThat(p2.get("chainStrength").asDouble()).isEqualTo(0.40);
        assertThat(p2.get("score").asInt()).isEqualTo(690);
        assertThat(p2.get("tier").asString()).isEqualTo("A");
        assertThat(p2.get("stableLargeBuyers").asInt()).isEqualTo(4);
        assertThat(p2.get("monthsTrading").asInt()).isEqualTo(12);
        var chain = p2.get("chain");
        assertThat(chain.size()).isEqualTo(3);
        assertThat(chain.get(0).get("uscc").asString()).isEqualTo(P2);
        assertThat(chain.get(0).get("share").asDouble()).isEqualTo(1.0);
        assertThat(chain.get(1).get("name").asString()).isEqualTo("深圳市甲元精密五金有限公司");
        assertThat(chain.get(1).get("share").asDouble()).isEqualTo(0.40);
        assertThat(chain.get(2).get("uscc").asString()).isEqualTo(X);
        assertThat(chain.get(2).get("share").isNull()).isTrue();
        var reasons = p2.get("topReasons");
        assertThat(reasons.size()).isEqualTo(3);
        assertThat(reasons.get(0).get("code").asString()).isEqualTo("STABLE_LARGE_BUYERS");
        assertThat(reasons.get(1).get("code").asString()).isEqualTo("LITIGATION_DEFENDANT");
        assertThat(reasons.get(1).get("points").asInt()).isEqualTo(-60);
        assertThat(reasons.get(1).get("message").asString()).isEqualTo("3 case(s) as defendant in 24 months");
        assertThat(reasons.get(2).get("code").asString()).isEqualTo("CHAIN_STRENGTH");
    }

    @Test
    void reasonMessagesFollowAcceptLanguage() {
        var page = http.get()
                .uri("/api/v1/anchors/{a}/prospects", X)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(json.readTree(page)
                        .get("rows")
                        .get(1)
                        .get("topReasons")
                        .get(1)
                        .get("message")
                        .asString())
                .isEqualTo("近24个月作为被告3件");
    }

    @Test
    void theCursorContinuesExactlyWhereThePageEndedEvenInsideATie() {
        // the first page ends on P4, which ties P5 on everything but the uscc
        var first = get("/api/v1/anchors/" + X + "/prospects?limit=4");
        assertThat(usccs(first)).containsExactly(P3, P2, P1, P4);
        var second = get("/api/v1/anchors/" + X + "/prospects?limit=4&cursor="
                + first.get("nextCursor").asString());
        assertThat(usccs(second)).containsExactly(P5, P10, P6, P9);
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void walkingEveryPageYieldsTheWholeRankingOnceInOrder() {
        var seen = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var page = get("/api/v1/anchors/" + X + "/prospects?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.get("rows").size()).isLessThanOrEqualTo(3);
            seen.addAll(usccs(page));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(DEFAULT_ORDER);
    }

    @Test
    void maxHopsThreeAddsTheThirdRingOfTheChain() {
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?maxHops=3")))
                .containsExactly(P3, P2, P1, P4, P5, P10, P6, P7, P9);
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?maxHops=1"))).containsExactly(P3, P1, P4, P10, P9);
    }

    @Test
    void directionChoosesSuppliersOrDistributorsAndAFirmOnBothSidesIsShownOnTheChosenSide() {
        var upstream = get("/api/v1/anchors/" + X + "/prospects?direction=upstream");
        assertThat(usccs(upstream)).containsExactly(P2, P1, P4, P5, P10, P9);
        var p10 = upstream.get("rows").get(4);
        assertThat(p10.get("hops").asInt()).isEqualTo(2);
        assertThat(p10.get("chainStrength").asDouble()).isEqualTo(0.15);
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?direction=downstream")))
                .containsExactly(P3, P10, P6);
        var both = get("/api/v1/anchors/" + X + "/prospects").get("rows").get(5);
        assertThat(both.get("direction").asString()).isEqualTo("downstream");
        assertThat(both.get("chainStrength").asDouble()).isEqualTo(0.35);
    }

    @Test
    void scaleFiltersTakeACommaListOrRepeatedParameters() {
        var expected = List.of(P2, P1, P4, P5, P6, P9);
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?scale=small,micro")))
                .containsExactlyElementsOf(expected);
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?scale=small&scale=MICRO")))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void existingBorrowersAreLeftOutUnlessFirstTimeOnlyIsFalse() {
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false")))
                .containsExactly(P3, P2, P1, P4, P5, P10, P8, P6, P11, P9);
    }

    @Test
    void aFirmWithInsufficientDataIsShownAfterEveryTierWithoutTierOrScoreAndWithWhatIsMissing() {
        var page = get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false");
        var thin = page.get("rows").get(8);
        assertThat(thin.get("uscc").asString()).isEqualTo(P11);
        assertThat(thin.get("status").asString()).isEqualTo("insufficient_data");
        assertThat(thin.get("tier").isNull()).isTrue();
        assertThat(thin.get("score").isNull()).isTrue();
        assertThat(thin.get("topReasons").get(0).get("message").asString())
                .isEqualTo("No invoices in the last 24 months: no trade data to give a tier on");
        assertThat(page.get("rows").get(0).get("status").asString()).isEqualTo("scored");
    }

    @Test
    void insufficientDataFirmsCanBeLeftOutOrListedAlone() {
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false&insufficientData=exclude")))
                .containsExactly(P3, P2, P1, P4, P5, P10, P8, P6, P9);
        var only = get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false&insufficientData=only");
        assertThat(usccs(only)).containsExactly(P11);
        assertThat(only.get("total").asLong()).isEqualTo(1);
        // a tier filter matches tiers only: the firm without one is left out
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false&tier=C,D")))
                .containsExactly(P6);
        bad("insufficientData=maybe", "insufficientData", "include, exclude, only");
    }

    @Test
    void aGroupExposureCeilingLeavesOutFirmsOfGroupsTheBankHasLentMoreToAndKeepsFirmsInNoGroup() {
        var all = usccs(get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false"));
        assertThat(all).contains(P1);
        var capped = usccs(get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false&maxGroupExposure=1000000"));
        assertThat(capped)
                .doesNotContain(P1)
                .containsAll(all.stream().filter(u -> !u.equals(P1)).toList());
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false&maxGroupExposure=5000000")))
                .contains(P1);
        var p1 = row(get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false"), P1);
        assertThat(p1.get("groupId").asString()).isEqualTo("G0123456789abcdef");
        assertThat(p1.get("groupExposure").asDouble()).isEqualTo(5_000_000.0);
        http.get()
                .uri("/api/v1/anchors/{a}/prospects?maxGroupExposure=-1", X)
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void theCsvMarksAFirmWithInsufficientData() {
        var csv = http.get()
                .uri("/api/v1/anchors/{a}/prospects?firstTimeOnly=false&insufficientData=only", X)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody()
                .split("\r\n");
        assertThat(csv[0])
                .endsWith(
                        ",anchorTrade,status,suggestedLimit,suggestedLimitBasis,pd,suggestedLimitCurrency,groupId,groupExposure");
        // no score, so no PD; the limit 0 is in the currency of scorecard-v3's policy
        assertThat(csv[1])
                .startsWith(P11 + ",深圳市路桥建设集团有限公司,large,1,upstream,")
                .endsWith(",insufficient_data,0,insufficient_data,,CNY,,");
        assertThat(csv[1]).contains(",0.95,,,0,0,");
    }

    @Test
    void aRowCarriesItsPdAndSuggestedLimitWithBasisAndCurrencyAndTheCsvAddsThemAsTheLastColumns() {
        var page = get("/api/v1/anchors/" + X + "/prospects?firstTimeOnly=false");
        var p1 = row(page, P1);
        assertThat(p1.get("pd").asDouble()).isEqualTo(0.0123);
        assertThat(p1.get("suggestedLimit").asLong()).isEqualTo(200_000L);
        assertThat(p1.get("suggestedLimitCurrency").asString()).isEqualTo("CNY");
        assertThat(p1.get("suggestedLimitBasis").asString()).isEqualTo("sales_months");
        // scored by scorecard-v1, which has no limit policy and no calibration
        assertThat(row(page, P2).get("suggestedLimit").isNull()).isTrue();
        assertThat(row(page, P2).get("suggestedLimitCurrency").isNull()).isTrue();
        assertThat(row(page, P2).get("pd").isNull()).isTrue();
        var csv = http.get()
                .uri("/api/v1/anchors/{a}/prospects?firstTimeOnly=false", X)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody()
                .split("\r\n");
        assertThat(Arrays.stream(csv).filter(l -> l.startsWith(P1 + ",")))
                .singleElement()
                .asString()
                .endsWith(",scored,200000,sales_months,0.0123,CNY,G0123456789abcdef,5000000.0");
    }

    private static JsonNode row(JsonNode page, String uscc) {
        for (var r : page.get("rows")) {
            if (r.get("uscc").asString().equals(uscc)) {
                return r;
            }
        }
        throw new AssertionError(uscc + " not on the page");
    }

    @Test
    void tierFiltersKeepOnlyTheTiersAsked() {
        var expected = List.of(P3, P2, P1, P4, P5, P10);
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?tier=A&tier=B")))
                .containsExactlyElementsOf(expected);
        assertThat(usccs(get("/api/v1/anchors/" + X + "/prospects?tier=a,b"))).containsExactlyElementsOf(expected);
    }

    @Test
    void acceptTextCsvReturnsTheSameRowsAsCsvWithTheCursorInAHeader() {
        var result = http.get()
                .uri("/api/v1/anchors/{a}/prospects?limit=2", X)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader()
                .exists("Next-Cursor")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var lines = result.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo("uscc,name,scale,hops,direction,chain,chainStrength,score,tier,"
                        + "stableLargeBuyers,monthsTrading,topReasons,industryCode,industryName,region,annualSales,"
                        + "anchorTrade,status,suggestedLimit,suggestedLimitBasis,pd,suggestedLimitCurrency,groupId,"
                        + "groupExposure");
        assertThat(lines[1]).startsWith(P3 + ",广州市丙辰建材贸易有限公司,medium,1,downstream,");
        assertThat(lines[2])
                .isEqualTo(P2 + ",东莞市乙丰模具有限公司,micro,2,upstream,"
                        + "东莞市乙丰模具有限公司(1.00) > 深圳市甲元精密五金有限公司(0.40) > 深圳市示例钢构集团有限公司,0.4,690,A,4,12,"
                        + "STABLE_LARGE_BUYERS +80: 4 stable large buyer(s); "
                        + "LITIGATION_DEFENDANT -60: 3 case(s) as defendant in 24 months; "
                        + "CHAIN_STRENGTH +40: Strongest chain to an anchor: 0.40,,,,,,scored,,,,,,");
    }

    @Test
    void anUnknownAnchorIsA404AndAFirmThatIsNoAnchorIsA404OfItsOwnType() {
        http.get()
                .uri("/api/v1/anchors/{a}/prospects", UNKNOWN)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
        http.get()
                .uri("/api/v1/anchors/{a}/prospects", NOT_ANCHOR)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/not-an-anchor");
    }

    @Test
    void aCsvRequestForAnUnknownAnchorStillGetsAProblem() {
        http.get()
                .uri("/api/v1/anchors/{a}/prospects", UNKNOWN)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameterAndWhy() {
        bad("maxHops=abc", "maxHops", "whole number");
        bad("maxHops=4", "maxHops", "less than or equal to 3");
        bad("maxHops=0", "maxHops", "greater than or equal to 1");
        bad("direction=sideways", "direction", "upstream, downstream, both");
        bad("scale=huge", "scale", "large, medium, small, micro");
        bad("tier=E", "tier", "A, B, C, D");
        bad("firstTimeOnly=maybe", "firstTimeOnly", "true or false");
        bad("limit=0", "limit", "greater than or equal to 1");
        bad("limit=501", "limit", "less than or equal to 500");
        bad("cursor=not-a-cursor", "cursor", "not a cursor");
        bad("sort=size", "sort", "ranking, score, trade");
    }

    private void bad(String query, String parameter, String why) {
        http.get()
                .uri("/api/v1/anchors/" + X + "/prospects?" + query)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/invalid-request")
                .jsonPath("$.errors[0].parameter")
                .isEqualTo(parameter)
                .jsonPath("$.errors[0].reason")
                .value(r -> assertThat((String) r).contains(why));
    }

    private JsonNode get(String uri) {
        var body = http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return json.readTree(body);
    }

    private static List<String> usccs(JsonNode page) {
        var result = new ArrayList<String>();
        page.get("rows").forEach(r -> result.add(r.get("uscc").asString()));
        return result;
    }
}
