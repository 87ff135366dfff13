package dev.anchorgraph.service.neo4j;

import dev.anchorgraph.neo4j.TcpProxy;
import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.service.ServiceIT;
import dev.anchorgraph.service.TestKeys;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Neo4j goes away under a running service and comes back: the service is reached through a relay the test cuts (as
 * a stopped server or a lost route looks to it). While it is gone, requests fail fast with 503 problems and health is
 * DOWN; when it returns, the service answers again by itself, without a restart. Its own Spring context: the others
 * talk to the test Neo4j directly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ServiceIT.TestClient.class)
class Neo4jOutageIT {

    static final String FIRM = "91440300MA5R9DX01D";
    static final TestNeo4j.Instance neo4j = TestNeo4j.get();
    static final TcpProxy relay = new TcpProxy(neo4j.settings().boltUri());

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void viaRelay(DynamicPropertyRegistry registry) {
        registry.add("NEO4J_URI", () -> relay.boltUri().toString());
        registry.add("NEO4J_USERNAME", () -> neo4j.settings().username());
        registry.add("NEO4J_PASSWORD", () -> neo4j.settings().password());
        TestKeys.register(registry);
    }

    @BeforeAll
    static void graph() {
        TestNeo4j.clear();
        try (var s = neo4j.driver().session(neo4j.settings().sessionConfig())) {
            s.run("CREATE (:Company:Anchor {uscc: '91440300MA5R9DX01D', name: '深圳市断线测试有限公司', status: 'active'})")
                    .consume();
        }
    }

    @AfterAll
    static void closeRelay() {
        relay.close();
    }

    @Test
    void whileNeo4jIsAwayRequestsFailFastWith503AndHealthIsDownThenAllRecoversByItself() {
        answersNormally();

        relay.cut();
        for (var uri : new String[] {
            "/api/v1/companies/" + FIRM,
            "/api/v1/anchors",
            "/api/v1/companies?q=断线",
            "/api/v1/companies/" + FIRM + "/network"
        }) {
            http.get()
                    .uri(uri)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader()
                    .exists(HttpHeaders.RETRY_AFTER)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://anchorgraph.dev/problems/database-unavailable")
                    .jsonPath("$.detail")
                    .isEqualTo("The graph database cannot be reached; try again shortly.");
        }
        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DOWN")
                .jsonPath("$.components.neo4j.status")
                .isEqualTo("DOWN");
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        relay.restore();
        waitUntilHealthy(Duration.ofSeconds(30));
        answersNormally();
    }

    private void answersNormally() {
        http.get()
                .uri("/api/v1/companies/" + FIRM)
                .header(TestKeys.HEADER, TestKeys.ADMIN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("深圳市断线测试有限公司");
        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.neo4j.status")
                .isEqualTo("UP");
    }

    private void waitUntilHealthy(Duration atMost) {
        var deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            var status = http.get()
                    .uri("/actuator/health")
                    .exchange()
                    .returnResult(String.class)
                    .getStatus();
            if (status.is2xxSuccessful()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the service did not report healthy within " + atMost + " after Neo4j returned");
    }
}
