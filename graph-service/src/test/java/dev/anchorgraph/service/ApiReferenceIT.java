package dev.anchorgraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/api.md and the OpenAPI document the service serves list the same routes, so the reference cannot go stale: a
 * route added, renamed or removed in the code fails here until the page follows. The page documents a route by a
 * heading (or a line of its own) that reads {@code METHOD /path}, the path spelled as in the OpenAPI document.
 */
@ServiceIT
class ApiReferenceIT extends ServiceIT.Base {

    /** Relative to the module, where Maven runs the tests. */
    static final Path REFERENCE = Path.of("../docs/api.md");

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern ROUTE_LINE =
            Pattern.compile("^(?:#{1,6}\\s+)?`?(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE)\\s+(/\\S*?)`?\\s*$");

    @Autowired
    WebTestClient http;

    @Test
    void everyRouteOfTheOpenApiDocumentIsInTheApiReference() throws IOException {
        assertThat(documented()).as("routes in %s", REFERENCE).containsAll(served());
    }

    @Test
    void theApiReferenceDocumentsNoRouteTheServiceLacks() throws IOException {
        assertThat(served()).as("routes in the OpenAPI document").containsAll(documented());
    }

    @Test
    void bothListsHoldTheRoutesEveryCallerUses() throws IOException {
        // two empty lists would pass both checks above
        var known = new String[] {
            "GET /api/v1/companies/{uscc}",
            "GET /api/v1/companies/{uscc}/risk",
            "POST /api/v1/risk/batch",
            "GET /api/v1/anchors/{uscc}/prospects"
        };
        assertThat(served()).contains(known);
        assertThat(documented()).contains(known);
    }

    /** "METHOD /path" for each operation of the OpenAPI document. */
    private Set<String> served() {
        var body = http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var routes = new TreeSet<String>();
        JsonMapper.builder()
                .build()
                .readTree(body)
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return routes;
    }

    /** "METHOD /path" for each line of the reference that names a route on its own. */
    private static Set<String> documented() throws IOException {
        var routes = new TreeSet<String>();
        for (var line : Files.readAllLines(REFERENCE)) {
            var route = ROUTE_LINE.matcher(line.strip());
            if (route.matches()) {
                routes.add(route.group(1) + " " + route.group(2));
            }
        }
        return routes;
    }
}
