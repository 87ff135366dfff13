package dev.anchorgraph.service.search;

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

@ServiceIT
class SearchIT extends ServiceIT.Base {

    static final String SHENZHEN = "91440300MA5R2PK01M";
    static final String BRACKETED = "91440300MA5R2PK02Q";
    static final String GUANGZHOU = "91440300MA5R2PK03U";
    static final String ABC = "91310000MA1R4AB01E";

    @Autowired
    WebTestClient http;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (:Company {uscc: '91440300MA5R2PK01M', name: '深圳市某某科技有限公司', riskScore: 660, riskTier: 'A'})
                CREATE (:Company {uscc: '91440300MA5R2PK02Q', name: '某某科技（深圳）有限公司'})
                CREATE (:Company {uscc: '91440300MA5R2PK03U', name: '广州市其他贸易有限公司', riskScore: 530, riskTier: 'C'})
                CREATE (abc:Company {uscc: '91310000MA1R4AB01E', name: 'ABC电子(上海)有限公司',
                                     address: '上海市浦东新区张江路88号'})
                CREATE (p:Person {id: 'p-wang', name: '王建国'})-[:OFFICER_OF {role: 'legal_representative'}]->(abc)
                CREATE (:Person {id: 'p-zhao', name: '赵敏'})-[:OFFICER_OF {role: 'director'}]->(abc)
                """);
        // the full-text index is eventually consistent: wait until it has seen the new names
        write("CALL db.awaitIndexes(60)");
    }

    @Test
    void variantsOfOneNameFindBothSpellingsAndTheCloserOneFirst() {
        var result = search("深圳市某某科技有限公司");
        assertThat(result.get("query").asString()).isEqualTo("深圳市某某科技");
        assertThat(usccs(result)).containsExactly(SHENZHEN, BRACKETED);
        assertThat(usccs(search("某某科技（深圳）有限公司"))).containsExactlyInAnyOrder(SHENZHEN, BRACKETED);
        assertThat(usccs(search("某某科技"))).containsExactlyInAnyOrder(SHENZHEN, BRACKETED);
    }

    @Test
    void fullWidthInputFindsHalfWidthNames() {
        assertThat(usccs(search("ＡＢＣ电子"))).containsExactly(ABC);
    }

    @Test
    void scoredFirmsCarryScoreAndTierAndOthersLeaveThemOut() {
        var matches = search("深圳市某某科技").get("matches");
        assertThat(matches.get(0).get("score").asInt()).isEqualTo(660);
        assertThat(matches.get(0).get("tier").asString()).isEqualTo("A");
        assertThat(matches.get(0).get("relevance").asDouble()).isPositive();
        assertThat(matches.get(1).has("score")).isFalse();
        assertThat(matches.get(1).has("tier")).isFalse();
    }

    @Test
    void luceneSyntaxInTheQueryIsSearchedAsPlainWordsNeverRun() {
        // run as Lucene, *:* would match every firm, and an unbalanced quote or bracket would fail the query
        assertThat(usccs(search("科技 AND NOT *:* OR \"[x"))).containsExactlyInAnyOrder(SHENZHEN, BRACKETED);
        http.get()
                .uri(b -> b.path("/api/v1/companies").queryParam("q", "{q}").build("*:*"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].parameter")
                .isEqualTo("q");
    }

    @Test
    void aWellFormedUsccGoesStraightToTheCompany() {
        var result = search(" " + GUANGZHOU.toLowerCase() + " ");
        assertThat(result.get("query").asString()).isEqualTo(GUANGZHOU);
        assertThat(usccs(result)).containsExactly(GUANGZHOU);
        assertThat(result.get("matches").get(0).get("tier").asString()).isEqualTo("C");
    }

    @Test
    void limitCapsTheMatches() {
        assertThat(usccs(search("某某科技", 1))).hasSize(1);
    }

    @Test
    void aBlankMissingOrOverlongQueryOrABadLimitIsA400NamingTheParameter() {
        bad("/api/v1/companies?q=  ", "q");
        bad("/api/v1/companies", "q");
        bad("/api/v1/companies?q=" + "深".repeat(101), "q");
        bad("/api/v1/companies?q=有限公司", "q");
        bad("/api/v1/companies?q=科技&limit=51", "limit");
        bad("/api/v1/companies?q=科技&limit=ten", "limit");
    }

    private void bad(String uri, String parameter) {
        http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/invalid-request")
                .jsonPath("$.errors[0].parameter")
                .isEqualTo(parameter);
    }

    private JsonNode search(String q) {
        return search(q, 10);
    }

    private JsonNode search(String q, int limit) {
        var body = http.get()
                .uri(b -> b.path("/api/v1/companies")
                        .queryParam("q", "{q}")
                        .queryParam("limit", limit)
                        .build(q))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return json.readTree(body);
    }

    private static List<String> usccs(JsonNode result) {
        var list = new ArrayList<String>();
        result.get("matches").forEach(m -> list.add(m.get("uscc").asString()));
        return list;
    }

    @Test
    void theBeginningOfAUsccFindsTheFirmsWhoseCodeBeginsSo() {
        var result = search("91440300MA5R2PK0");
        assertThat(usccs(result)).containsExactly(SHENZHEN, BRACKETED, GUANGZHOU);
        assertThat(result.get("matches").get(0).get("matchedOn").asString()).isEqualTo("usccPrefix");
        assertThat(usccs(search("9131000"))).containsExactly(ABC);
    }

    @Test
    void aLegalRepresentativesNameFindsTheFirmAndSaysSo() {
        var matches = search("王建国").get("matches");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).get("uscc").asString()).isEqualTo(ABC);
        assertThat(matches.get(0).get("matchedOn").asString()).isEqualTo("legalRepresentative");
        assertThat(matches.get(0).get("via").asString()).isEqualTo("王建国");
        // a director is not the legal representative
        assertThat(usccs(search("赵敏"))).isEmpty();
    }

    @Test
    void anAddressFindsTheFirmAndANameMatchComesFirst() {
        var matches = search("张江路").get("matches");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).get("matchedOn").asString()).isEqualTo("address");
        assertThat(matches.get(0).get("via").asString()).isEqualTo("上海市浦东新区张江路88号");
        assertThat(search("深圳市某某科技").get("matches").get(0).get("matchedOn").asString())
                .isEqualTo("name");
    }
}
