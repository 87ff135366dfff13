package dev.anchorgraph.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Firm R: shareholders 王芳 (60 %) and holding firm H (40 %); R holds 51 % of Sub; officers 王芳 (legal
 * representative) and 李强 (director); trade: anchor S1 sells R 50,000, R sells B1…B22 1,000 × i each (23 partners);
 * one enforcement case K1, applied for by a bank that is a party node. One step further: Sub sells to C1…C7, and
 * 王芳 is also legal representative of O.
 */
@ServiceIT
class NetworkIT extends ServiceIT.Base {

    static final String R = "91440300MA5R5NW01Q",
            H = "91440300MA5R5NW02U",
            SUB = "91440300MA5R5NW03Y",
            S1 = "91440300MA5R5NW042",
            O = "91440300MA5R5NW055";
    static final String WANG = "P0123456789abcdef01234567", LI = "P111111111111111111111111";
    static final String K1 = "（2025）粤0306执5678号";

    @Autowired
    WebTestClient http;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (r:Company {uscc: '91440300MA5R5NW01Q', name: '深圳市中心制造有限公司', riskTier: 'B', riskScore: 600})
                CREATE (h:Company {uscc: '91440300MA5R5NW02U', name: '深圳市控股投资有限公司'})
                CREATE (sub:Company {uscc: '91440300MA5R5NW03Y', name: '深圳市子公司贸易有限公司'})
                CREATE (s1:Company:Anchor {uscc: '91440300MA5R5NW042', name: '东莞市主供应商有限公司'})
                CREATE (o:Company {uscc: '91440300MA5R5NW055', name: '惠州市关联企业有限公司'})
                CREATE (wang:Person {id: 'P0123456789abcdef01234567', name: '王芳', birthYear: 1980})
                CREATE (li:Person {id: 'P111111111111111111111111', name: '李强'})
                CREATE (k:Case {caseNo: '（2025）粤0306执5678号', kind: 'enforcement', filedOn: date('2025-03-01')})
                CREATE (bank:Party {key: '（2025）粤0306执5678号|某某银行', name: '某某银行股份有限公司深圳分行'})
                CREATE (wang)-[:HOLDS_SHARES {stake: 0.6, since: date('2015-06-01')}]->(r)
                CREATE (h)-[:HOLDS_SHARES {stake: 0.4}]->(r)
                CREATE (r)-[:HOLDS_SHARES {stake: 0.51}]->(sub)
                CREATE (wang)-[:OFFICER_OF {role: 'legal_representative'}]->(r)
                CREATE (li)-[:OFFICER_OF {role: 'director'}]->(r)
                CREATE (wang)-[:OFFICER_OF {role: 'legal_representative'}]->(o)
                CREATE (s1)-[:SUPPLIES {amount: 50000.0, invoiceCount: 12, firstOn: date('2025-01-05'),
                                        lastOn: date('2025-12-20'), monthlyAmounts: [1.0, 2.0]}]->(r)
                CREATE (r)-[:PARTY_TO {role: 'enforced_party'}]->(k)
                CREATE (bank)-[:PARTY_TO {role: 'applicant'}]->(k)
                FOREACH (i IN range(1, 22) |
                  CREATE (r)-[:SUPPLIES {amount: 1000.0 * i}]->
                         (:Company {uscc: '91440300MA5R5B' + right('00' + i, 3) + '0', name: '客户' + i + '号有限公司'}))
                FOREACH (i IN range(1, 7) |
                  CREATE (sub)-[:SUPPLIES {amount: 100.0 * i}]->
                         (:Company {uscc: '91440300MA5R5C' + right('00' + i, 3) + '0', name: '下游' + i + '号有限公司'}))
                """);
    }

    @Test
    void depthOneShowsShareholdersHoldingsOfficersTopPartnersAndCases() {
        var network = get("/api/v1/companies/" + R + "/network");
        assertThat(network.get("nodes").size()).isEqualTo(26);
        assertThat(network.get("edges").size()).isEqualTo(26);
        assertThat(node(network, R).orElseThrow().get("tier").asString()).isEqualTo("B");
        assertThat(node(network, S1).orElseThrow().get("anchor").asBoolean()).isTrue();
        assertThat(node(network, H).orElseThrow().get("kind").asString()).isEqualTo("company");
        assertThat(node(network, SUB)).isPresent();
        assertThat(node(network, K1).orElseThrow().get("label").asString()).isEqualTo(K1 + " (enforcement)");
        assertThat(node(network, "91440300MA5R5B0220")).isPresent();
        assertThat(node(network, "91440300MA5R5B0040")).isPresent();
        assertThat(node(network, "91440300MA5R5B0030")).isEmpty(); // the 3 smallest partners are left out
        assertThat(node(network, O)).isEmpty(); // two steps away
        var truncated = network.get("truncated");
        assertThat(truncated.get("depth1").get("partners").asLong()).isEqualTo(3);
        assertThat(truncated.get("depth1").get("shareholders").asLong()).isZero();
        assertThat(truncated.has("depth2")).isFalse();
    }

    @Test
    void aPersonIsShownByPseudonymousIdAndNameOnly() {
        var wang = node(get("/api/v1/companies/" + R + "/network"), WANG).orElseThrow();
        assertThat(fieldNames(wang)).containsExactlyInAnyOrder("id", "kind", "label");
        assertThat(wang.get("kind").asString()).isEqualTo("person");
        assertThat(wang.get("label").asString()).isEqualTo("王芳");
    }

    @Test
    void edgesRunInTheGraphDirectionWithTheirKeyProperties() {
        var network = get("/api/v1/companies/" + R + "/network");
        var sale = edge(network, S1, R, "SUPPLIES");
        assertThat(sale.get("properties").get("amount").asDouble()).isEqualTo(50000.0);
        assertThat(sale.get("properties").get("firstOn").asString()).isEqualTo("2025-01-05");
        assertThat(sale.get("properties").has("monthlyAmounts")).isFalse();
        assertThat(edge(network, WANG, R, "HOLDS_SHARES")
                        .get("properties")
                        .get("stake")
                        .asDouble())
                .isEqualTo(0.6);
        assertThat(edge(network, R, SUB, "HOLDS_SHARES")
                        .get("properties")
                        .get("stake")
                        .asDouble())
                .isEqualTo(0.51);
        assertThat(edge(network, LI, R, "OFFICER_OF")
                        .get("properties")
                        .get("role")
                        .asString())
                .isEqualTo("director");
        assertThat(edge(network, R, K1, "PARTY_TO")
                        .get("properties")
                        .get("role")
                        .asString())
                .isEqualTo("enforced_party");
    }

    @Test
    void partnersChoosesHowManyTradePartnersAndSaysHowManyWereLeftOut() {
        var network = get("/api/v1/companies/" + R + "/network?partners=3");
        var partners = new ArrayList<String>();
        network.get("edges").forEach(e -> {
            if (e.get("type").asString().equals("SUPPLIES")) {
                partners.add(
                        e.get("from").asString().equals(R)
                                ? e.get("to").asString()
                                : e.get("from").asString());
            }
        });
        assertThat(partners).containsExactlyInAnyOrder(S1, "91440300MA5R5B0220", "91440300MA5R5B0210");
        assertThat(network.get("truncated").get("depth1").get("partners").asLong())
                .isEqualTo(20);
    }

    @Test
    void depthTwoExpandsOnlyTheKeptNodesWithSmallerCaps() {
        var network = get("/api/v1/companies/" + R + "/network?depth=2");
        assertThat(node(network, O)).isPresent(); // via 王芳's other position
        assertThat(node(network, "（2025）粤0306执5678号|某某银行")
                        .orElseThrow()
                        .get("kind")
                        .asString())
                .isEqualTo("party");
        assertThat(node(network, "91440300MA5R5C0070")).isPresent(); // Sub's 5 largest buyers of 7
        assertThat(node(network, "91440300MA5R5C0030")).isPresent();
        assertThat(node(network, "91440300MA5R5C0020")).isEmpty();
        assertThat(node(network, "91440300MA5R5B0030")).isEmpty(); // left out at depth 1: never expanded
        assertThat(network.get("nodes").size()).isEqualTo(33);
        assertThat(network.get("truncated").get("depth2").get("partners").asLong())
                .isEqualTo(2);
        assertThat(network.get("truncated").get("depth2").get("positions").asLong())
                .isZero();
    }

    @Test
    void atDepthTwoThePartnerCapIsTheLesserOfFiveAndPartners() {
        var network = get("/api/v1/companies/" + R + "/network?depth=2&partners=3");
        assertThat(node(network, "91440300MA5R5C0050")).isPresent();
        assertThat(node(network, "91440300MA5R5C0040")).isEmpty();
        assertThat(network.get("truncated").get("depth2").get("partners").asLong())
                .isEqualTo(4);
    }

    @Test
    void anUnknownFirmIsA404AndBadParametersAre400() {
        http.get()
                .uri("/api/v1/companies/91110108MA0R3NT02T/network")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found");
        for (var query : List.of("depth=3", "depth=0", "depth=two", "partners=51", "partners=0")) {
            http.get()
                    .uri("/api/v1/companies/" + R + "/network?" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://anchorgraph.dev/problems/invalid-request")
                    .jsonPath("$.errors[0].parameter")
                    .isEqualTo(query.substring(0, query.indexOf('=')));
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

    private static Optional<JsonNode> node(JsonNode network, String id) {
        return StreamSupport.stream(network.get("nodes").spliterator(), false)
                .filter(n -> n.get("id").asString().equals(id))
                .findFirst();
    }

    private static JsonNode edge(JsonNode network, String from, String to, String type) {
        return StreamSupport.stream(network.get("edges").spliterator(), false)
                .filter(e -> e.get("from").asString().equals(from)
                        && e.get("to").asString().equals(to)
                        && e.get("type").asString().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from + " -" + type + "-> " + to));
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
