package dev.anchorgraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIT
class HealthAndDocsIT extends ServiceIT.Base {

    @Autowired
    WebTestClient http;

    @Test
    void healthIsUpAndIncludesNeo4j() {
        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components.neo4j.status")
                .isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheCompanyRoute() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/companies/{uscc}'].get")
                .exists();
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteWithItsBounds() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/companies'].get")
                .exists()
                .jsonPath("$.paths['/api/v1/companies/{uscc}/risk'].get")
                .exists()
                .jsonPath("$.paths['/api/v1/risk/batch'].post.description")
                .value(d -> assertThat((String) d).contains("1000"))
                .jsonPath("$.paths['/api/v1/anchors'].get")
                .exists()
                .jsonPath("$.paths['/api/v1/anchors/{uscc}/prospects'].get.description")
                .value(d ->
                        assertThat((String) d).contains("risk tier A, B, C, D").contains("USCC ascending"))
                .jsonPath("$.paths['/api/v1/companies/{uscc}/network'].get.description")
                .value(d -> assertThat((String) d).contains("at most 20").contains("at most 5"))
                .jsonPath("$.paths['/api/v1/paths'].get.description")
                .value(d -> assertThat((String) d).contains("1,000"));
    }

    @Test
    void swaggerUiIsServed() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
