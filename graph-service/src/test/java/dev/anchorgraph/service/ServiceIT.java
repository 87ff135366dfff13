package dev.anchorgraph.service;

import dev.anchorgraph.neo4j.TestNeo4j;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Marks an integration test of the whole service on a random port, connected to the test JVM's one Neo4j
 * ({@link TestNeo4j}); all such tests share one Spring context. Extend {@link Base} to get the wiring.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "anchorgraph.alerts.poll-interval=200ms")
@AutoConfigureWebTestClient
@Import(ServiceIT.TestClient.class)
public @interface ServiceIT {

    /**
     * Tests call as {@code admin} by default ({@link TestKeys#ADMIN}); access tests mutate the client to send other
     * credentials or none. Connections are kept alive, as clients do (KeepAliveIT checks that they keep being read).
     */
    @TestConfiguration
    class TestClient {
        @Bean
        WebTestClientBuilderCustomizer adminClient() {
            return builder -> builder.defaultHeader(TestKeys.HEADER, TestKeys.ADMIN)
                    // the first answers of a fresh context wait for query planning and JIT; on a busy 2-core machine
                    // that exceeded WebTestClient's 5 s default. Latency is the benchmarks' business, not the tests'.
                    .responseTimeout(Duration.ofSeconds(60));
        }
    }

    /**
     * Points the service at the test Neo4j by the same NEO4J_* names a user would set, and configures the test API
     * keys and token issuer ({@link TestKeys}): with an external Neo4j the service needs authentication configured.
     */
    abstract class Base {
        protected static final TestNeo4j.Instance neo4j = TestNeo4j.get();

        @DynamicPropertySource
        static void neo4jProperties(DynamicPropertyRegistry registry) {
            registry.add("NEO4J_URI", () -> neo4j.settings().boltUri().toString());
            registry.add("NEO4J_USERNAME", () -> neo4j.settings().username());
            registry.add("NEO4J_PASSWORD", () -> neo4j.settings().password());
            TestKeys.register(registry);
        }

        protected static void write(String cypher) {
            try (var s = neo4j.driver().session(neo4j.settings().sessionConfig())) {
                s.run(cypher).consume();
            }
        }
    }
}
