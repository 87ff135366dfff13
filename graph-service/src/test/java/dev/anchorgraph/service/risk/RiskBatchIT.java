package dev.anchorgraph.service.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIT
class RiskBatchIT extends ServiceIT.Base {

    static final String A = "91440300MA5R1RK01C";
    static final String B = "91440300MA5R1RK02F";
    static final String UNSCORED = "91440300MA5R1RK03J";
    static final String UNKNOWN = "91110000MA0R1RK06W";
    static final String THIN = "91440300MA5R1RK06U";

    @Autowired
    WebTestClient http;

    @Autowired
    ScoreRuns runs;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (:ScoreRun {id: 'batch-it-1', model: 'scorecard-v1', finishedAt: datetime('2026-11-03T09:00:00Z')})
                CREATE (:Company {uscc: '91440300MA5R1RK01C', name: '深圳市甲元精密五金有限公司',
                        riskScore: 660, riskTier: 'A', riskModel: 'scorecard-v1', riskRun: 'batch-it-1',
                        riskAsOf: date('2026-10-31'), riskReasons: ['CHAIN_HOPS'], riskReasonPoints: [60],
                        riskReasonValues: ['1'], riskKnockouts: []})
                CREATE (:Company {uscc: '91440300MA5R1RK02F', name: '深圳市乙方贸易有限公司',
                        riskScore: 540, riskTier: 'C', riskModel: 'scorecard-v1', riskRun: 'batch-it-1',
                        riskAsOf: date('2026-10-31'), riskReasons: ['MONTHS_TRADING'], riskReasonPoints: [-10],
                        riskReasonValues: ['5'], riskKnockouts: []})
                CREATE (:Company {uscc: '91440300MA5R1RK03J', name: '深圳市丙丁新材料有限公司'})
                CREATE (:Company {uscc: '91440300MA5R1RK06U', name: '深圳市路桥建设集团有限公司',
                        riskStatus: 'insufficient_data', riskModel: 'scorecard-v3', riskRun: 'batch-it-1',
                        riskAsOf: date('2026-10-31'), riskReasons: ['THIN_TRADE_DATA'], riskReasonPoints: [0],
                        riskReasonValues: ['2'], riskKnockouts: [], suggestedLimit: 0,
                        suggestedLimitBasis: 'insufficient_data', stableBuyerSales12: 0.0, annualSales: 5000.0})
                """);
    }

    @BeforeEach
    void seeTheCurrentRun() {
        runs.refresh().block();
    }

    @Test
    void everyCodeGetsOneLineInRequestOrderAndBadCodesDoNotFailTheBatch() {
        var lines = batch(List.of(B, UNKNOWN, "not-a-code", A, UNSCORED, " 91440300ma5r1rk02f "), null);

        assertThat(lines)
                .extracting(l -> l.get("uscc").asString())
                .containsExactly(B, UNKNOWN, "not-a-code", A, UNSCORED, B);
        assertThat(lines.get(0).get("tier").asString()).isEqualTo("C");
        assertThat(lines.get(0).get("score").asInt()).isEqualTo(540);
        assertThat(lines.get(1).get("error").get("type").asString())
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
        assertThat(lines.get(1).get("error").get("title").asString()).isEqualTo("Company not found");
        assertThat(lines.get(2).get("error").get("type").asString())
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc");
        assertThat(lines.get(2).get("error").get("detail").asString()).contains("18 characters");
        assertThat(lines.get(3).get("tier").asString()).isEqualTo("A");
        assertThat(lines.get(3).get("reasons").get(0).get("message").asString())
                .isEqualTo("1 trade hop(s) from an anchor");
        assertThat(lines.get(4).get("error").get("type").asString())
                .isEqualTo("https://anchorgraph.dev/problems/not-scored");
        assertThat(lines.get(5).get("score").asInt()).isEqualTo(540);
    }

    @Test
    void aFirmWithInsufficientDataGetsAnAnswerLineWithoutTierOrScoreNotAnError() {
        var lines = batch(List.of(THIN, A), null);
        var thin = lines.getFirst();
        assertThat(thin.has("error")).isFalse();
        assertThat(thin.get("status").asString()).isEqualTo("insufficient_data");
        assertThat(thin.get("tier").isNull()).isTrue();
        assertThat(thin.get("score").isNull()).isTrue();
        assertThat(thin.get("pd").isNull())
                .as("a firm without a score has a null PD, not none")
                .isTrue();
        assertThat(thin.get("reasons").get(0).get("code").asString()).isEqualTo("THIN_TRADE_DATA");
        assertThat(thin.get("reasons").get(0).get("message").asString())
                .startsWith("Invoiced in only 2 of the last 12 months");
        assertThat(lines.get(1).get("status").asString()).isEqualTo("scored");
        // its suggested limit is 0, for insufficient data, with the figures (average monthly sales 5,000 / 12)
        var limit = thin.get("suggestedLimit");
        assertThat(limit.get("amount").asLong()).isZero();
        assertThat(limit.get("basis").asString()).isEqualTo("insufficient_data");
        assertThat(limit.get("currency").asString()).isEqualTo("CNY");
        assertThat(limit.get("inputs").get("averageMonthlySales").asDouble()).isCloseTo(416.667, within(1e-3));
        // A was scored by scorecard-v1, which has no limit policy
        assertThat(lines.get(1).get("suggestedLimit").isNull()).isTrue();
    }

    @Test
    void theLinesCarryChineseMessagesWhenAskedFor() {
        var lines = batch(List.of(A, B), "zh-CN");
        assertThat(lines.get(0).get("reasons").get(0).get("message").asString()).isEqualTo("距核心企业1跳");
        assertThat(lines.get(1).get("reasons").get(0).get("message").asString()).isEqualTo("近12个月有5个月开票");
    }

    @Test
    void aThousandCodesAreAcceptedAndAnsweredInOrder() {
        var codes = new ArrayList<String>(Collections.nCopies(1000, UNKNOWN));
        codes.set(0, A);
        codes.set(500, B);
        codes.set(999, A);
        var lines = batch(codes, null);
        assertThat(lines).hasSize(1000);
        assertThat(lines.get(0).get("tier").asString()).isEqualTo("A");
        assertThat(lines.get(500).get("tier").asString()).isEqualTo("C");
        assertThat(lines.get(999).get("tier").asString()).isEqualTo("A");
        assertThat(lines.get(998).get("error").get("type").asString()).endsWith("/company-not-found");
    }

    @Test
    void moreThanAThousandCodesIsA413ProblemNamingTheLimit() {
        http.post()
                .uri("/api/v1/risk/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Collections.nCopies(1001, A))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/batch-too-large")
                .jsonPath("$.limit")
                .isEqualTo(1000)
                .jsonPath("$.size")
                .isEqualTo(1001);
    }

    @Test
    void aBodyFarBeyondTheLimitIsRefusedAs413Too() {
        http.post()
                .uri("/api/v1/risk/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Collections.nCopies(20_000, A))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/batch-too-large");
    }

    @Test
    void anEmptyBatchIsA400NamingTheBody() {
        http.post()
                .uri("/api/v1/risk/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[]")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/invalid-request")
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("body");
    }

    @Test
    void aBodyThatIsNotAJsonArrayIsA400() {
        http.post()
                .uri("/api/v1/risk/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"uscc\": 1}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/invalid-request")
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("body")
                .jsonPath("$.errors[0].reason")
                .isEqualTo("must be a JSON array");
    }

    private List<JsonNode> batch(List<String> codes, String acceptLanguage) {
        var body = http.post()
                .uri("/api/v1/risk/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (acceptLanguage != null) {
                        h.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
                    }
                })
                .bodyValue(codes)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return Arrays.stream(body.split("\n")).map(json::readTree).toList();
    }
}
