package dev.anchorgraph.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.GraphServiceApplication;
import dev.anchorgraph.service.TestKeys;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Production (an external Neo4j) refuses to start without authentication; demo (embedded Neo4j) starts with an admin
 * key it prints. Each starts the whole application on its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupModesIT {

    @Test
    void withAnExternalNeo4jTheServiceRefusesToStartWithoutAuthentication() {
        var neo4j = TestNeo4j.get();
        assertThatThrownBy(() -> new SpringApplicationBuilder(GraphServiceApplication.class)
                        .run(
                                "--server.port=0",
                                "--NEO4J_URI=" + neo4j.settings().boltUri(),
                                "--NEO4J_USERNAME=" + neo4j.settings().username(),
                                "--NEO4J_PASSWORD=" + neo4j.settings().password(),
                                "--anchorgraph.security.api-keys=",
                                "--spring.main.banner-mode=off")
                        .close())
                .rootCause()
                .hasMessageContaining("does not start without authentication")
                .hasMessageContaining("ANCHORGRAPH_SECURITY_API_KEYS");
    }

    @Test
    void withAnExternalNeo4jTheServiceStartsWithKeysAndPrintsNone(CapturedOutput output) {
        var neo4j = TestNeo4j.get();
        try (var context = new SpringApplicationBuilder(GraphServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--NEO4J_URI=" + neo4j.settings().boltUri(),
                        "--NEO4J_USERNAME=" + neo4j.settings().username(),
                        "--NEO4J_PASSWORD=" + neo4j.settings().password(),
                        "--anchorgraph.security.api-keys=" + TestKeys.sha256(TestKeys.ANALYST) + ":analyst:ops",
                        "--spring.main.banner-mode=off")) {
            var http = client(context);
            http.get()
                    .uri("/api/v1/companies/9144030071526726XG")
                    .header(TestKeys.HEADER, TestKeys.ANALYST)
                    .exchange()
                    .expectStatus()
                    .value(s -> assertThat(s).isNotIn(401, 403));
            assertThat(output.getOut()).doesNotContain("Admin key").contains("Access: 1 API key(s)");
        }
    }

    @Test
    void inDemoModeAReadyAdminKeyIsPrintedAndWorks(@TempDir Path data, CapturedOutput output) {
        try (var context = new SpringApplicationBuilder(GraphServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--NEO4J_URI=",
                        "--anchorgraph.embedded.data-dir=" + data,
                        "--anchorgraph.embedded.bolt-port=0",
                        "--anchorgraph.embedded.page-cache=16MB",
                        "--spring.main.banner-mode=off")) {
            var matcher = Pattern.compile("Admin key +(ag_[A-Za-z0-9_-]{43})").matcher(output.getOut());
            assertThat(matcher.find()).as(output.getOut()).isTrue();
            var key = matcher.group(1);
            assertThat(output.getOut()).contains("curl -H 'X-API-Key: " + key + "' http://localhost:");

            var http = client(context);
            http.get()
                    .uri("/api/v1/anchors")
                    .header(TestKeys.HEADER, key)
                    .exchange()
                    .expectStatus()
                    .isOk();
            http.get().uri("/api/v1/anchors").exchange().expectStatus().isUnauthorized();
        }
    }

    private static WebTestClient client(org.springframework.context.ConfigurableApplicationContext context) {
        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
