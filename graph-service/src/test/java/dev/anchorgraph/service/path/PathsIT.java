package dev.anchorgraph.service.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A and B are connected three ways within 4 hops: both sell to M (2 hops); 王芳 holds 30 % of A and is B's legal
 * representative (2 hops); A holds 20 % of C, C sells to D, D sells to B (3 hops). A also sells to the hub Z, which
 * sells to B: shorter-looking, but Z trades with over 1,000 firms and is never passed through.
 */
@ServiceIT
class PathsIT extends ServiceIT.Base {

    static final String A = "91440300MA5R6PA01H",
            B = "91440300MA5R6PA02L",
            M = "91440300MA5R6PA03P",
            C = "91440300MA5R6PA04T",
            D = "91440300MA5R6PA05X",
            Z = "91440300MA5R6PA061";
    static final String WANG = "P0123456789abcdef01234567";

    @Autowired
    WebTestClient http;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (a:Company {uscc: '91440300MA5R6PA01H', name: '深圳市甲方制造有限公司'})
                CREATE (b:Company {uscc: '91440300MA5R6PA02L', name: '广州市乙方电子有限公司'})
                CREATE (m:Company {uscc: '91440300MA5R6PA03P', name: '东莞市中间贸易有限公司'})
                CREATE (c:Company {uscc: '91440300MA5R6PA04T', name: '佛山市丙方投资有限公司'})
                CREATE (d:Company {uscc: '91440300MA5R6PA05X', name: '中山市丁方物流有限公司'})
                CREATE (z:Company:Anchor {uscc: '91440300MA5R6PA061', name: '深圳市枢纽集团有限公司'})
                CREATE (wang:Person {id: 'P0123456789abcdef01234567', name: '王芳'})
                CREATE (a)-[:SUPPLIES {amount: 1234567.0, firstOn: date('2025-01-10'), lastOn: date('2025-12-20')}]->(m)
                CREATE (b)-[:SUPPLIES {amount: 50000.0, firstOn: date('2025-03-01'), lastOn: date('2025-03-31')}]->(m)
                CREATE (wang)-[:HOLDS_SHARES {stake: 0.3}]->(a)
                CREATE (wang)-[:OFFICER_OF {role: 'legal_representative'}]->(b)
                CREATE (a)-[:HOLDS_SHARES {stake: 0.2}]->(c)
                CREATE (c)-[:SUPPLIES {amount: 800.0}]->(d)
                CREATE (d)-[:SUPPLIES {amount: 12500.0}]->(b)
                CREATE (a)-[:SUPPLIES {amount: 9000000.0}]->(z)
                CREATE (z)-[:SUPPLIES {amount: 7000000.0}]->(b)
                FOREACH (i IN range(1, 1000) | CREATE (z)-[:SUPPLIES {amount: 1.0}]->(:Company {uscc: 'HUB' + i}))
                """);
    }

    @Test
    void theShortestConnectionsComeFirstEachHopInWords() {
        var result = get("/api/v1/paths?from=" + A + "&to=" + B);
        assertThat(result.get("from").get("name").asString()).isEqualTo("深圳市甲方制造有限公司");
        assertThat(result.get("to").get("uscc").asString()).isEqualTo(B);
        assertThat(result.get("maxHops").asInt()).isEqualTo(4);
        var paths = result.get("paths");
        assertThat(paths.size()).isEqualTo(3);
        assertThat(List.of(
                        paths.get(0).get("length").asInt(),
                        paths.get(1).get("length").asInt(),
                        paths.get(2).get("length").asInt()))
                .containsExactly(2, 2, 3);
        assertThat(List.of(middle(paths.get(0)), middle(paths.get(1)))).containsExactlyInAnyOrder(M, WANG);
        assertThat(ids(paths.get(2))).containsExactly(A, C, D, B);
    }

    @Test
    void aTradeHopSaysWhoSellsToWhomHowMuchAndOverHowLong() {
        var viaM = path(get("/api/v1/paths?from=" + A + "&to=" + B), M);
        var first = viaM.get("hops").get(0);
        assertThat(first.get("from").asString()).isEqualTo(A);
        assertThat(first.get("to").asString()).isEqualTo(M);
        assertThat(first.get("type").asString()).isEqualTo("SUPPLIES");
        assertThat(first.get("direction").asString()).isEqualTo("forward");
        assertThat(first.get("text").asString())
                .isEqualTo("深圳市甲方制造有限公司 sells to 东莞市中间贸易有限公司 (CNY 1.2M over 12 months)");
        var second = viaM.get("hops").get(1);
        assertThat(second.get("from").asString()).isEqualTo(M);
        assertThat(second.get("direction").asString()).isEqualTo("backward");
        assertThat(second.get("text").asString()).isEqualTo("广州市乙方电子有限公司 sells to 东莞市中间贸易有限公司 (CNY 50K over 1 month)");
    }

    @Test
    void aSharedPersonIsTwoHopsShownByNameAndRole() {
        var viaWang = path(get("/api/v1/paths?from=" + A + "&to=" + B), WANG);
        var person = viaWang.get("nodes").get(1);
        assertThat(person.get("kind").asString()).isEqualTo("person");
        assertThat(person.get("label").asString()).isEqualTo("王芳");
        var hops = viaWang.get("hops");
        assertThat(hops.get(0).get("type").asString()).isEqualTo("HOLDS_SHARES");
        assertThat(hops.get(0).get("direction").asString()).isEqualTo("backward");
        assertThat(hops.get(0).get("text").asString()).isEqualTo("王芳 holds 30% of 深圳市甲方制造有限公司");
        assertThat(hops.get(1).get("text").asString()).isEqualTo("王芳 is legal_representative of 广州市乙方电子有限公司");
    }

    @Test
    void hopsReadInChineseWhenAcceptLanguageAsksForIt() {
        var result = json.readTree(http.get()
                .uri("/api/v1/paths?from=" + A + "&to=" + B)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(path(result, M).get("hops").get(0).get("text").asString())
                .isEqualTo("深圳市甲方制造有限公司向东莞市中间贸易有限公司供货（12个月共123.5万元）");
        var viaWang = path(result, WANG).get("hops");
        assertThat(viaWang.get(0).get("text").asString()).isEqualTo("王芳持有深圳市甲方制造有限公司 30%股份");
        assertThat(viaWang.get(1).get("text").asString()).isEqualTo("王芳任广州市乙方电子有限公司法定代表人");
    }

    @Test
    void aHubIsNeverPassedThroughButMayBeAnEndpoint() {
        var result = get("/api/v1/paths?from=" + A + "&to=" + B + "&maxHops=6");
        // the connections that avoid Z are found, so the check that none passes through Z has paths to look at
        assertThat(paths(result))
                .extracting(PathsIT::ids)
                .contains(List.of(A, M, B), List.of(A, WANG, B), List.of(A, C, D, B))
                .allSatisfy(ids -> assertThat(ids).doesNotContain(Z));
        var fromHub = get("/api/v1/paths?from=" + Z + "&to=" + B).get("paths");
        assertThat(fromHub.get(0).get("length").asInt()).isEqualTo(1);
        assertThat(fromHub.get(0).get("hops").get(0).get("text").asString())
                .isEqualTo("深圳市枢纽集团有限公司 sells to 广州市乙方电子有限公司 (CNY 7M)");
    }

    @Test
    void maxHopsBoundsTheSearch() {
        assertThat(get("/api/v1/paths?from=" + A + "&to=" + B + "&maxHops=2")
                        .get("paths")
                        .size())
                .isEqualTo(2);
        assertThat(get("/api/v1/paths?from=" + A + "&to=" + B + "&maxHops=1")
                        .get("paths")
                        .size())
                .isZero();
    }

    @Test
    void theSameFirmTwiceIsA400AndAnUnknownFirmA404() {
        http.get()
                .uri("/api/v1/paths?from=" + A + "&to=" + A.toLowerCase())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/invalid-request")
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("to");
        http.get()
                .uri("/api/v1/paths?from=" + A + "&to=91110108MA0R3NT02T")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found")
                .jsonPath("$.detail")
                .isEqualTo("No company with USCC 91110108MA0R3NT02T in the graph.");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        for (var query : List.of("maxHops=7", "maxHops=0", "maxHops=abc")) {
            http.get()
                    .uri("/api/v1/paths?from=" + A + "&to=" + B + "&" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].parameter")
                    .isEqualTo("maxHops");
        }
        http.get()
                .uri("/api/v1/paths?from=" + A)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("to");
        http.get()
                .uri("/api/v1/paths?from=" + A + "&to=bad")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc");
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

    private static List<JsonNode> paths(JsonNode result) {
        return StreamSupport.stream(result.get("paths").spliterator(), false).toList();
    }

    private static JsonNode path(JsonNode result, String through) {
        return paths(result).stream()
                .filter(p -> ids(p).contains(through))
                .findFirst()
                .orElseThrow();
    }

    private static String middle(JsonNode path) {
        return path.get("nodes").get(1).get("id").asString();
    }

    private static List<String> ids(JsonNode path) {
        var ids = new ArrayList<String>();
        path.get("nodes").forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }
}
