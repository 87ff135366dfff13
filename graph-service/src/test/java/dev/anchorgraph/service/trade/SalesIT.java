package dev.anchorgraph.service.trade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * S (scored as of 2026-10-27) sells to anchor A, to the large firm L, and to the small firms B1, B2, B3. Over the
 * 12 months 2025-11..2026-10: A 300 (3 × 100), L 250, B1 60, B2 30, B3 10; A also bought 999 in 2024-01, outside
 * that window. U is not scored: its window ends with its latest sale (2026-03). E has neither score nor sales.
 */
@ServiceIT
class SalesIT extends ServiceIT.Base {

    static final String S = "91440300MA5R7TL01D", U = "91440300MA5R7TL02H", E = "91440300MA5R7TL03L";
    static final String A = "9144030071526726XG",
            L = "91440300MA5R7TL04Q",
            B1 = "91440300MA5R7TL05U",
            B2 = "91440300MA5R7TL06Y",
            B3 = "91440300MA5R7TL072";

    @Autowired
    WebTestClient http;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (s:Company {uscc: '91440300MA5R7TL01D', name: '深圳市销售示例有限公司', riskAsOf: date('2026-10-27')})
                CREATE (u:Company {uscc: '91440300MA5R7TL02H', name: '深圳市未评分有限公司'})
                CREATE (:Company {uscc: '91440300MA5R7TL03L', name: '深圳市无交易有限公司'})
                CREATE (a:Company:Anchor {uscc: '9144030071526726XG', name: '深圳市示例钢构集团有限公司', largeBuyer: true})
                CREATE (l:Company {uscc: '91440300MA5R7TL04Q', name: '广州市大型采购集团有限公司', scale: 'large', largeBuyer: true})
                CREATE (b1:Company {uscc: '91440300MA5R7TL05U', name: '东莞市小一有限公司', scale: 'small', largeBuyer: false})
                CREATE (b2:Company {uscc: '91440300MA5R7TL06Y', name: '东莞市小二有限公司', scale: 'small'})
                CREATE (b3:Company {uscc: '91440300MA5R7TL072', name: '东莞市小三有限公司', scale: 'micro'})
                CREATE (s)-[:SUPPLIES {months: ['2024-01', '2025-11', '2026-05', '2026-10'],
                        monthlyAmounts: [999.0, 100.0, 100.0, 100.0], lastOn: date('2026-10-20')}]->(a)
                CREATE (s)-[:SUPPLIES {months: ['2026-01', '2026-02'], monthlyAmounts: [200.0, 50.0],
                        lastOn: date('2026-02-10')}]->(l)
                CREATE (s)-[:SUPPLIES {months: ['2026-10'], monthlyAmounts: [60.0], lastOn: date('2026-10-01')}]->(b1)
                CREATE (s)-[:SUPPLIES {months: ['2026-05'], monthlyAmounts: [30.0], lastOn: date('2026-05-01')}]->(b2)
                CREATE (s)-[:SUPPLIES {months: ['2026-10'], monthlyAmounts: [10.0], lastOn: date('2026-10-02')}]->(b3)
                CREATE (u)-[:SUPPLIES {months: ['2026-02', '2026-03'], monthlyAmounts: [5.0, 7.0],
                        lastOn: date('2026-03-15')}]->(b1)
                """);
    }

    @Test
    void salesAreSummedPerMonthOverTheWindowEndingWithTheAsOfMonth() {
        var sales = get("/api/v1/companies/" + S + "/sales?months=12&buyers=2");
        assertThat(sales.get("asOf").asString()).isEqualTo("2026-10-27");
        assertThat(strings(sales.get("months")))
                .hasSize(12)
                .startsWith("2025-11")
                .endsWith("2026-10");
        var total = numbers(sales.get("total"));
        assertThat(total.get(0)).isEqualTo(100.0); // 2025-11: A
        assertThat(total.get(2)).isEqualTo(200.0); // 2026-01: L
        assertThat(total.get(6)).isEqualTo(130.0); // 2026-05: A + B2
        assertThat(total.get(11)).isEqualTo(170.0); // 2026-10: A + B1 + B3
        assertThat(total.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(650.0); // 999 is outside
    }

    @Test
    void theLargestBuyersComeOneByOneFlaggedWhenLargeAndTheRestSummed() {
        var sales = get("/api/v1/companies/" + S + "/sales?months=12&buyers=2");
        var buyers = sales.get("buyers");
        assertThat(buyers.size()).isEqualTo(2);
        assertThat(buyers.get(0).get("uscc").asString()).isEqualTo(A);
        assertThat(buyers.get(0).get("amount").asDouble()).isEqualTo(300.0);
        assertThat(buyers.get(0).get("large").asBoolean()).isTrue();
        assertThat(buyers.get(0).get("anchor").asBoolean()).isTrue();
        assertThat(buyers.get(1).get("uscc").asString()).isEqualTo(L);
        assertThat(buyers.get(1).get("large").asBoolean()).isTrue();
        assertThat(buyers.get(1).get("anchor").asBoolean()).isFalse();
        assertThat(numbers(buyers.get(1).get("monthly")).get(2)).isEqualTo(200.0);
        var others = sales.get("others");
        assertThat(others.get("buyers").asInt()).isEqualTo(3);
        assertThat(others.get("amount").asDouble()).isEqualTo(100.0);
        assertThat(numbers(others.get("monthly")).get(11)).isEqualTo(70.0);
    }

    @Test
    void aSmallBuyerIsNotLarge() {
        var buyers = get("/api/v1/companies/" + S + "/sales?buyers=5").get("buyers");
        assertThat(buyers.size()).isEqualTo(5);
        assertThat(buyers.get(2).get("uscc").asString()).isEqualTo(B1);
        assertThat(buyers.get(2).get("large").asBoolean()).isFalse();
        assertThat(buyers.get(3).get("uscc").asString()).isEqualTo(B2);
        assertThat(buyers.get(3).get("large").asBoolean()).isFalse();
    }

    @Test
    void theDefaultWindowIs24MonthsAndAnUnscoredFirmsEndsWithItsLatestSale() {
        assertThat(get("/api/v1/companies/" + S + "/sales").get("months").size())
                .isEqualTo(24);
        var unscored = get("/api/v1/companies/" + U + "/sales?months=3");
        assertThat(unscored.get("asOf").asString()).isEqualTo("2026-03-15");
        assertThat(strings(unscored.get("months"))).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(numbers(unscored.get("total"))).containsExactly(0.0, 5.0, 7.0);
    }

    @Test
    void aFirmWithNeitherScoreNorSalesHasEmptySeries() {
        var empty = get("/api/v1/companies/" + E + "/sales");
        assertThat(empty.get("asOf").isNull()).isTrue();
        assertThat(empty.get("months").size()).isZero();
        assertThat(empty.get("buyers").size()).isZero();
    }

    @Test
    void anUnknownFirmIsA404AndABadParameterA400() {
        http.get()
                .uri("/api/v1/companies/{uscc}/sales", "91110108MA0R3NT02T")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
        for (var query : List.of("months=0", "months=61", "buyers=21", "buyers=x")) {
            var parameter = query.substring(0, query.indexOf('='));
            http.get()
                    .uri("/api/v1/companies/" + S + "/sales?" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].parameter")
                    .isEqualTo(parameter);
        }
    }

    private JsonNode get(String uri) {
        return json.readTree(http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private static List<String> strings(JsonNode array) {
        var result = new ArrayList<String>();
        array.forEach(v -> result.add(v.asString()));
        return result;
    }

    private static List<Double> numbers(JsonNode array) {
        var result = new ArrayList<Double>();
        array.forEach(v -> result.add(v.asDouble()));
        return result;
    }
}
