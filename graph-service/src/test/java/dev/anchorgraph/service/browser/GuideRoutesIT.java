package dev.anchorgraph.service.browser;

import dev.anchorgraph.service.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With an external Neo4j (as every {@link ServiceIT} runs) the service serves the guide and the style sheet, to be
 * played in that server's own Browser, but not Neo4j Browser itself nor a discovery document.
 */
@ServiceIT
class GuideRoutesIT extends ServiceIT.Base {

    @Autowired
    WebTestClient http;

    @Test
    void theGuideIsServedWithLinksToThisService() {
        http.get()
                .uri("/guides/anchorgraph.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .value(html -> org.assertj.core.api.Assertions.assertThat(html)
                        .contains("<slide", "MATCH (a:Anchor)", "/guides/anchorgraph.grass")
                        .doesNotContain("{{"));
    }

    @Test
    void anotherOriginsBrowserMayFetchTheGuideWithItsNoCacheHeaders() {
        // Neo4j Browser at :7474 sends pragma and cache-control, so the fetch is preflighted
        http.method(HttpMethod.OPTIONS)
                .uri("/guides/anchorgraph.html")
                .header("Origin", "http://localhost:7474")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "pragma,cache-control")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Access-Control-Allow-Origin", "*");
        http.get()
                .uri("/guides/anchorgraph.grass")
                .header("Origin", "http://localhost:7474")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Access-Control-Allow-Origin", "*")
                .expectBody(String.class)
                .value(grass -> org.assertj.core.api.Assertions.assertThat(grass)
                        .contains("node.RiskTierA", "node.Anchor", "node.Case", "node.Alert", "caption: \"{name}\""));
    }

    @Test
    void neo4jBrowserIsNotServedWithAnExternalDatabase() {
        http.get().uri("/browser/").exchange().expectStatus().isNotFound();
        http.get().uri("/browser/index.html").exchange().expectStatus().isNotFound();
        http.get()
                .uri("/")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isNotFound();
    }
}
