package dev.anchorgraph.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIT
class HealthAndDocsIT extends ServiceIT.Base {

    @Autowired
    WebTestClient http;

    @Test
    void healthIsUpAndIncludesNeo4j() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.status").isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheCompanyRoute() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/v1/companies/{uscc}'].get").exists();
    }

    @Test
    void swaggerUiIsServed() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
