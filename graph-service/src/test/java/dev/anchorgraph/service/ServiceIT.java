package dev.anchorgraph.service;

import dev.anchorgraph.neo4j.TestNeo4j;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Marks an integration test of the whole service on a random port, connected to the test JVM's one Neo4j
 * ({@link TestNeo4j}); all such tests share one Spring context. Extend {@link Base} to get the wiring.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public @interface ServiceIT {

    /** Points the service at the test Neo4j by the same NEO4J_* names a user would set. */
    abstract class Base {
        protected static final TestNeo4j.Instance neo4j = TestNeo4j.get();

        @DynamicPropertySource
        static void neo4jProperties(DynamicPropertyRegistry registry) {
            registry.add("NEO4J_URI", () -> neo4j.settings().boltUri().toString());
            registry.add("NEO4J_USERNAME", () -> neo4j.settings().username());
            registry.add("NEO4J_PASSWORD", () -> neo4j.settings().password());
        }

        protected static void write(String cypher) {
            try (var s = neo4j.driver().session(neo4j.settings().sessionConfig())) {
                s.run(cypher).consume();
            }
        }
    }
}
