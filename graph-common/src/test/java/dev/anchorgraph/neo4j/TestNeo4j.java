package dev.anchorgraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one real Neo4j that all integration tests of a test JVM share, chosen by the rule in ADR 0001:
 * {@code NEO4J_URI} when set (an external server: its data is wiped between test classes, so never point it at
 * a database you care about); else a Testcontainers Neo4j when a Docker daemon answers; else an embedded
 * Neo4j in this JVM, Bolt on a free loopback port, in a temporary folder removed at exit.
 */
public final class TestNeo4j {

    private static final String IMAGE = "neo4j:2026.08-community";
    private static volatile Instance instance;

    /** How the tests reach the database and which kind it is. */
    public record Instance(Neo4jSettings settings, String kind, Driver driver) {}

    private TestNeo4j() {}

    public static Instance get() {
        if (instance == null) {
            synchronized (TestNeo4j.class) {
                if (instance == null) {
                    instance = start();
                    var driver = instance.driver();
                    new SchemaMigrations(driver, instance.settings().sessionConfig()).apply();
                }
            }
        }
        return instance;
    }

    /** Removes all data (schema stays): call before each test class that writes. */
    public static void clear() {
        try (var s = get().driver().session(get().settings().sessionConfig())) {
            s.run("MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
    }

    private static Instance start() {
        var external = Neo4jSettings.fromEnvironment();
        if (!external.embedded()) {
            return instance(external, "external " + external.boltUri());
        }
        if (dockerAvailable()) {
            var container = new Neo4jContainer(IMAGE).withAdminPassword("anchorgraph-test");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return instance(
                    Neo4jSettings.of(URI.create(container.getBoltUrl()), "neo4j", "anchorgraph-test"),
                    "testcontainers " + IMAGE);
        }
        try {
            var home = Files.createTempDirectory("anchorgraph-test-neo4j");
            var running = new EmbeddedNeo4j(home, "127.0.0.1", 0, 256L << 20).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                deleteQuietly(home);
            }));
            return instance(Neo4jSettings.of(running.boltUri(), "", ""), "embedded " + running.boltUri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instance instance(Neo4jSettings settings, String kind) {
        var driver = settings.openDriver();
        driver.verifyConnectivity();
        Runtime.getRuntime().addShutdownHook(new Thread(driver::close));
        System.out.println("anchorgraph tests: Neo4j is " + kind);
        return new Instance(settings, kind, driver);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
