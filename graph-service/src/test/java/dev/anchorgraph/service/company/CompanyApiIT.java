package dev.anchorgraph.service.company;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIT
class CompanyApiIT extends ServiceIT.Base {

    @Autowired
    WebTestClient http;

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        write("""
                MERGE (i:Industry {code: '3311'}) SET i.name = '金属结构制造', i.level = 4
                CREATE (c:Company:Anchor {uscc: '9144030071526726XG', name: '深圳市示例钢构集团有限公司', usccValid: true,
                        industryCode: '3311', region: '440300', registeredCapital: 50000000.0,
                        foundedOn: date('2001-03-15'), status: 'active', scale: 'large'})
                CREATE (c)-[:IN_INDUSTRY]->(i)
                CREATE (:Company {uscc: '91350100M0001TGQXM', name: '福州试点企业有限公司', usccValid: false, status: 'active'})
                """);
    }

    @Test
    void aKnownCompanyAnswersWithItsRegistryFacts() {
        http.get()
                .uri("/api/v1/companies/9144030071526726XG")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("深圳市示例钢构集团有限公司")
                .jsonPath("$.anchor")
                .isEqualTo(true)
                .jsonPath("$.industryName")
                .isEqualTo("金属结构制造")
                .jsonPath("$.foundedOn")
                .isEqualTo("2001-03-15")
                .jsonPath("$.registeredCapital")
                .isEqualTo(5.0E7);
    }

    @Test
    void lowerCaseAndSpacesInTheCodeAreNormalised() {
        http.get()
                .uri("/api/v1/companies/ 9144030071526726xg ")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.uscc")
                .isEqualTo("9144030071526726XG");
    }

    @Test
    void aCodeThatFailsTheChecksumIsLookedUpLikeAnyOther() {
        http.get()
                .uri("/api/v1/companies/91350100M0001TGQXM")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.usccValid")
                .isEqualTo(false);
    }

    @Test
    void anUnknownCodeIsA404Problem() {
        http.get()
                .uri("/api/v1/companies/91110000600037341L")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/company-not-found")
                .jsonPath("$.status")
                .isEqualTo(404);
    }

    @Test
    void aMalformedCodeIsA400ProblemThatSaysWhy() {
        http.get()
                .uri("/api/v1/companies/not-a-code")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://anchorgraph.dev/problems/malformed-uscc")
                .jsonPath("$.detail")
                .value(d ->
                        org.assertj.core.api.Assertions.assertThat((String) d).contains("18 characters"));
    }

    @Test
    void anUnknownRouteIsA404ProblemToo() {
        http.get()
                .uri("/api/v1/nothing-here")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
