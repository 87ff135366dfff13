package dev.anchorgraph.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Hong Kong parent without a USCC (an {@code Organisation}, docs/adr/0011) holding 55.24 % of an operator and 30 %
 * of a sister firm; the operator's capital stated in euros. Shareholders, the network, paths and the company answer
 * show it.
 */
@ServiceIT
class OrganisationHoldersIT extends ServiceIT.Base {

    static final String OPERATOR = "91440400MA5HQ0003L", SISTER = "91440400MA5HQ0004P", HK = "reg/HK/2345678";

    @Autowired
    WebTestClient http;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                CREATE (op:Company {uscc: '91440400MA5HQ0003L', name: '珠澳海桥大桥运营有限公司',
                                    registeredCapital: 25207200.0, registeredCapitalAmount: 3000000.0,
                                    registeredCapitalCurrency: 'EUR'})
                CREATE (sis:Company {uscc: '91440400MA5HQ0004P', name: '海桥路桥工程有限公司'})
                CREATE (hk:Organisation {key: 'reg/HK/2345678', name: '海桥基建(香港)有限公司', jurisdiction: 'HK',
                                         registrationNo: '2345678', usccMissing: true})
                CREATE (hk)-[:HOLDS_SHARES {stake: 0.5524}]->(op)
                CREATE (hk)-[:HOLDS_SHARES {stake: 0.3}]->(sis)
                """);
    }

    @Test
    void theNetworkShowsTheForeignParentAsAnOrganisationWithItsJurisdiction() {
        var network = get("/api/v1/companies/" + OPERATOR + "/network");
        var hk = StreamSupport.stream(network.get("nodes").spliterator(), false)
                .filter(n -> n.get("id").asString().equals(HK))
                .findFirst()
                .orElseThrow();
        assertThat(hk.get("kind").asString()).isEqualTo("organisation");
        assertThat(hk.get("label").asString()).isEqualTo("海桥基建(香港)有限公司");
        assertThat(hk.get("jurisdiction").asString()).isEqualTo("HK");
        assertThat(StreamSupport.stream(network.get("edges").spliterator(), false)
                        .anyMatch(e -> e.get("from").asString().equals(HK)
                                && e.get("to").asString().equals(OPERATOR)
                                && e.get("properties").get("stake").asDouble() == 0.5524))
                .isTrue();
    }

    @Test
    void aPathThroughTheForeignParentNamesItWithItsJurisdiction() {
        var paths = get("/api/v1/paths?from=" + OPERATOR + "&to=" + SISTER);
        var first = paths.get("paths").get(0);
        assertThat(first.get("length").asInt()).isEqualTo(2);
        var middle = first.get("nodes").get(1);
        assertThat(middle.get("id").asString()).isEqualTo(HK);
        assertThat(middle.get("kind").asString()).isEqualTo("organisation");
        assertThat(middle.get("jurisdiction").asString()).isEqualTo("HK");
        assertThat(first.get("hops").get(0).get("text").asString())
                .isEqualTo("海桥基建(香港)有限公司 (HK) holds 55.2% of 珠澳海桥大桥运营有限公司");
    }

    @Test
    void theCompanyAnswerGivesCapitalWithItsCurrencyAndItsCnyEquivalent() {
        var company = get("/api/v1/companies/" + OPERATOR);
        assertThat(company.get("registeredCapitalAmount").asDouble()).isEqualTo(3_000_000.0);
        assertThat(company.get("registeredCapitalCurrency").asString()).isEqualTo("EUR");
        assertThat(company.get("registeredCapital").asDouble()).isEqualTo(25_207_200.0);
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
}
