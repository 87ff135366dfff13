package dev.anchorgraph.service.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIT
class RiskApiIT extends ServiceIT.Base {

    static final String SCORED = "91440300MA5R1RK01C";
    static final String KNOCKED_OUT = "91440300MA5R1RK02F";
    static final String UNSCORED = "91440300MA5R1RK03J";
    static final String RESCORED = "91440300MA5R1RK04M";
    static final String UNKNOWN = "91110000MA0R1RK06W";
    static final String WARNED = "91440300MA5R1RK05R";
    static final String THIN = "91440300MA5R1RK06U";
    static final String LIMITED = "91440300MA5R1RK07Y";

    @Autowired
    WebTestClient http;

    @Autowired
    ScoreRuns runs;

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (:ScoreRun {id: 'risk-it-0', model: 'scorecard-v1', finishedAt: datetime('2026-10-01T08:00:00Z')})
                CREATE (:ScoreRun {id: 'risk-it-1', model: 'scorecard-v1', asOf: date('2026-10-31'),
                                   finishedAt: datetime('2026-11-01T08:30:00Z')})
                CREATE (:Company {uscc: '91440300MA5R1RK01C', name: '深圳市甲元精密五金有限公司', status: 'active',
                        riskScore: 595, riskTier: 'B', riskModel: 'scorecard-v1', riskRun: 'risk-it-1',
                        riskAsOf: date('2026-10-31'),
                        riskReasons: ['STABLE_LARGE_BUYERS', 'CHAIN_HOPS', 'SALES_TREND_3M', 'USCC_FLAGGED'],
                        riskReasonPoints: [80, 60, -15, -10], riskReasonValues: ['4', '1', '-0.25', ''],
                        riskKnockouts: []})
                CREATE (:Company {uscc: '91440300MA5R1RK02F', name: '深圳市乙方贸易有限公司', status: 'revoked',
                        riskScore: 535, riskTier: 'D', riskModel: 'scorecard-v1', riskRun: 'risk-it-1',
                        riskAsOf: date('2026-10-31'),
                        riskReasons: ['KO_STATUS_NOT_ACTIVE', 'CHAIN_HOPS'], riskReasonPoints: [0, 35],
                        riskReasonValues: ['revoked', '2'], riskKnockouts: ['KO_STATUS_NOT_ACTIVE']})
                CREATE (:Company {uscc: '91440300MA5R1RK03J', name: '深圳市丙丁新材料有限公司', status: 'active'})
                CREATE (:Company {uscc: '91440300MA5R1RK04M', name: '深圳市戊己物流有限公司', status: 'active',
                        riskScore: 500, riskTier: 'C', riskModel: 'scorecard-v1', riskRun: 'risk-it-1',
                        riskAsOf: date('2026-10-31'), riskReasons: [], riskReasonPoints: [], riskReasonValues: [],
                        riskKnockouts: []})
                CREATE (:ScoreRun {id: 'risk-it-w', model: 'scorecard-v1', asOf: date('2026-09-30'),
                                   finishedAt: datetime('2026-09-01T08:00:00Z'), status: 'warnings',
                                   failedPatterns: ['circular_trading'],
                                   warnings: ['rings (circular_trading): time budget of 10m exceeded']})
                CREATE (:Company {uscc: '91440300MA5R1RK05R', name: '深圳市庚辛电子有限公司', status: 'active',
                        riskScore: 510, riskTier: 'C', riskModel: 'scorecard-v1', riskRun: 'risk-it-w',
                        riskAsOf: date('2026-09-30'), riskReasons: [], riskReasonPoints: [], riskReasonValues: [],
                        riskKnockouts: []})
                CREATE (:Company {uscc: '91440300MA5R1RK06U', name: '深圳市路桥建设集团有限公司', status: 'active',
                        riskStatus: 'insufficient_data', riskModel: 'scorecard-v3', riskRun: 'risk-it-1',
                        riskAsOf: date('2026-10-31'), riskReasons: ['NO_TRADE_DATA'], riskReasonPoints: [0],
                        riskReasonValues: [''], riskKnockouts: [], suggestedLimit: 0,
                        suggestedLimitBasis: 'insufficient_data', stableBuyerSales12: 0.0, annualSales: 0.0})
                CREATE (:Company {uscc: '91440300MA5R1RK07Y', name: '深圳市壬癸电器有限公司', status: 'active',
                        riskStatus: 'scored', riskScore: 600, riskTier: 'B', riskModel: 'scorecard-v3',
                        riskRun: 'risk-it-1', riskAsOf: date('2026-10-31'), riskReasons: [], riskReasonPoints: [],
                        riskReasonValues: [], riskKnockouts: [], suggestedLimit: 1200000, riskPd: 0.0123,
                        suggestedLimitBasis: 'stable_sales_share', stableBuyerSales12: 6000000.0,
                        annualSales: 9000000.0})
                """);
    }

    @BeforeEach
    void seeTheCurrentRun() {
        runs.refresh().block();
    }

    @Test
    void aScoredFirmAnswersWithTierScoreRunAndReasonsInEnglishByDefault() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", SCORED)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.uscc")
                .isEqualTo(SCORED)
                .jsonPath("$.name")
                .isEqualTo("深圳市甲元精密五金有限公司")
                .jsonPath("$.tier")
                .isEqualTo("B")
                .jsonPath("$.tierLabel")
                .isEqualTo("standard")
                .jsonPath("$.score")
                .isEqualTo(595)
                .jsonPath("$.base")
                .isEqualTo(500)
                .jsonPath("$.model")
                .isEqualTo("scorecard-v1")
                .jsonPath("$.run")
                .isEqualTo("risk-it-1")
                .jsonPath("$.asOf")
                .isEqualTo("2026-10-31")
                .jsonPath("$.scoredAt")
                .isEqualTo("2026-11-01T08:30:00Z")
                .jsonPath("$.runStatus")
                .isEqualTo("complete")
                .jsonPath("$.runWarnings.length()")
                .isEqualTo(0)
                .jsonPath("$.reasons.length()")
                .isEqualTo(4)
                .jsonPath("$.reasons[0].code")
                .isEqualTo("STABLE_LARGE_BUYERS")
                .jsonPath("$.reasons[0].points")
                .isEqualTo(80)
                .jsonPath("$.reasons[0].value")
                .isEqualTo("4")
                .jsonPath("$.reasons[0].message")
                .isEqualTo("4 stable large buyer(s)")
                .jsonPath("$.reasons[1].message")
                .isEqualTo("1 trade hop(s) from an anchor")
                .jsonPath("$.reasons[2].message")
                .isEqualTo("Sales last 3 months vs the 3 before: -0.25")
                .jsonPath("$.reasons[3].message")
                .isEqualTo("USCC fails the GB 32100 checksum")
                .jsonPath("$.knockouts.length()")
                .isEqualTo(0);
    }

    @Test
    void aFirmScoredByARunWithWarningsSaysSoAndNamesTheFailedPattern() {
        for (int i = 0; i < 2; i++) { // from the database, then from memory
            http.get()
                    .uri("/api/v1/companies/{uscc}/risk", WARNED)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.run")
                    .isEqualTo("risk-it-w")
                    .jsonPath("$.runStatus")
                    .isEqualTo("warnings")
                    .jsonPath("$.runWarnings.length()")
                    .isEqualTo(1)
                    .jsonPath("$.runWarnings[0]")
                    .isEqualTo("rings (circular_trading): time budget of 10m exceeded");
        }
    }

    @Test
    void acceptLanguageZhGivesTheChineseMessagesAndTierLabel() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", SCORED)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.tierLabel")
                .isEqualTo("标准")
                .jsonPath("$.reasons[0].message")
                .isEqualTo("稳定大客户4家")
                .jsonPath("$.reasons[1].message")
                .isEqualTo("距核心企业1跳");
    }

    @Test
    void theHigherWeightedLanguageWinsAndAnythingElseIsEnglish() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", SCORED)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en;q=0.3, zh-TW;q=0.8")
                .exchange()
                .expectBody()
                .jsonPath("$.reasons[1].message")
                .isEqualTo("距核心企业1跳");
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", SCORED)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR")
                .exchange()
                .expectBody()
                .jsonPath("$.reasons[1].message")
                .isEqualTo("1 trade hop(s) from an anchor");
    }

    @Test
    void knockOutsAreListedWithTheirEvidenceAndNotRepeatedAmongTheReasons() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", KNOCKED_OUT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.tier")
                .isEqualTo("D")
                .jsonPath("$.knockouts.length()")
                .isEqualTo(1)
                .jsonPath("$.knockouts[0].code")
                .isEqualTo("KO_STATUS_NOT_ACTIVE")
                .jsonPath("$.knockouts[0].message")
                .isEqualTo("Registry status is revoked, not active")
                .jsonPath("$.reasons.length()")
                .isEqualTo(1)
                .jsonPath("$.reasons[0].code")
                .isEqualTo("CHAIN_HOPS");
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", KNOCKED_OUT)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                .exchange()
                .expectBody()
                .jsonPath("$.knockouts[0].message")
                .isEqualTo("登记状态为吊销，非存续");
    }

    @Test
    void aFirmWithNoTradeDataAnswersInsufficientDataWithoutTierOrScoreAndSaysWhatIsMissing() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", THIN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("insufficient_data")
                .jsonPath("$.tier")
                .isEmpty()
                .jsonPath("$.tierLabel")
                .isEmpty()
                .jsonPath("$.score")
                .isEmpty()
                .jsonPath("$.knockouts.length()")
                .isEqualTo(0)
                .jsonPath("$.reasons[0].code")
                .isEqualTo("NO_TRADE_DATA")
                .jsonPath("$.reasons[0].message")
                .isEqualTo("No invoices in the last 24 months: no trade data to give a tier on");
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", THIN)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .exchange()
                .expectBody()
                .jsonPath("$.reasons[0].message")
                .isEqualTo("近24个月无开票记录：无贸易数据，不评定等级");
    }

    @Test
    void theSuggestedLimitComesWithItsBasisCurrencyAndTheFiguresItWasWorkedFrom() {
        // scorecard-v3: min(0.2 × 6,000,000, 2 × 9,000,000 / 12, B's cap 2,000,000) = 1,200,000
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", LIMITED)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.suggestedLimit.amount")
                .isEqualTo(1200000)
                .jsonPath("$.suggestedLimit.currency")
                .isEqualTo("CNY")
                .jsonPath("$.suggestedLimit.basis")
                .isEqualTo("stable_sales_share")
                .jsonPath("$.suggestedLimit.inputs.stableBuyerSales12")
                .isEqualTo(6000000.0)
                .jsonPath("$.suggestedLimit.inputs.averageMonthlySales")
                .isEqualTo(750000.0)
                .jsonPath("$.suggestedLimit.inputs.shareOfStableSales")
                .isEqualTo(0.2)
                .jsonPath("$.suggestedLimit.inputs.monthsOfSalesCap")
                .isEqualTo(2.0)
                .jsonPath("$.suggestedLimit.inputs.tierCap")
                .isEqualTo(2000000);
    }

    @Test
    void thePdIsServedBesideScoreAndTierAndIsNullWithoutAScore() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", LIMITED)
                .exchange()
                .expectBody()
                .jsonPath("$.pd")
                .isEqualTo(0.0123)
                .jsonPath("$.score")
                .isEqualTo(600);
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", THIN)
                .exchange()
                .expectBody()
                .jsonPath("$.pd")
                .isEmpty();
    }

    @Test
    void aFirmWithInsufficientDataIsSuggestedNoLimitAndAModelWithoutAPolicySuggestsNone() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", THIN)
                .exchange()
                .expectBody()
                .jsonPath("$.suggestedLimit.amount")
                .isEqualTo(0)
                .jsonPath("$.suggestedLimit.basis")
                .isEqualTo("insufficient_data")
                .jsonPath("$.suggestedLimit.inputs.tierCap")
                .isEmpty();
        // scorecard-v1 has no limit policy
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", SCORED)
                .exchange()
                .expectBody()
                .jsonPath("$.suggestedLimit")
                .isEmpty();
    }

    @Test
    void aFirmScoredBeforeTheStatusWasStoredAnswersScored() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", SCORED)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("scored")
                .jsonPath("$.tier")
                .isEqualTo("B");
    }

    @Test
    void aFirmTheScoreStepHasNotScoredIsA404OfItsOwnType() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", UNSCORED)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/not-scored")
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains(UNSCORED));
    }

    @Test
    void anUnknownFirmIsA404CompanyNotFound() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", UNKNOWN)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
    }

    @Test
    void aMalformedCodeIsA400() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", "91440300-bad")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc");
    }

    @Test
    void aNewScoreRunIsServedWithoutARestart() {
        http.get()
                .uri("/api/v1/companies/{uscc}/risk", RESCORED)
                .exchange()
                .expectBody()
                .jsonPath("$.score")
                .isEqualTo(500)
                .jsonPath("$.run")
                .isEqualTo("risk-it-1");

        write("""
                CREATE (:ScoreRun {id: 'risk-it-2', model: 'scorecard-v1', finishedAt: datetime('2026-11-02T08:30:00Z')})
                WITH 1 AS one
                MATCH (c:Company {uscc: '91440300MA5R1RK04M'})
                SET c.riskScore = 575, c.riskTier = 'B', c.riskRun = 'risk-it-2'
                """);
        runs.refresh().block(); // what the 10 s poll does

        http.get()
                .uri("/api/v1/companies/{uscc}/risk", RESCORED)
                .exchange()
                .expectBody()
                .jsonPath("$.score")
                .isEqualTo(575)
                .jsonPath("$.tier")
                .isEqualTo("B")
                .jsonPath("$.run")
                .isEqualTo("risk-it-2")
                .jsonPath("$.scoredAt")
                .isEqualTo("2026-11-02T08:30:00Z");
        assertThat(runs.current()).isEqualTo("risk-it-2");
    }
}
