package dev.anchorgraph.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.service.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The console's files and libraries come from the service itself: nothing is fetched from elsewhere at run time. */
@ServiceIT
class ConsoleIT extends ServiceIT.Base {

    @Autowired
    WebTestClient http;

    @Test
    void theConsoleIsAtConsoleSlashAndTheBareAddressRedirectsThere() {
        http.get()
                .uri("/console")
                .exchange()
                .expectStatus()
                .isPermanentRedirect()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, "/console/");
        var page = http.get()
                .uri("/console/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page)
                .contains("<script type=\"module\" src=\"js/app.js\"></script>")
                .doesNotContain("//cdn");
    }

    @Test
    void withoutAnIssuerConfiguredTheConsoleConfigOffersNoOidc() {
        http.get()
                .uri("/console/config.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.oidc")
                .isEmpty();
    }

    @Test
    void theConsoleModulesAndTheLibrariesAreServedAsJavaScript() {
        for (var path : new String[] {
            "/console/js/app.js",
            "/webjars/cytoscape/dist/cytoscape.esm.min.mjs",
            "/webjars/chart.js/dist/chart.umd.min.js"
        }) {
            http.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .contentTypeCompatibleWith("text/javascript");
        }
    }
}
