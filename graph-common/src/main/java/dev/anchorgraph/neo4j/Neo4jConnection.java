package dev.anchorgraph.neo4j;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * An open connection for one command: the driver, the session settings, and the schema applied (constraints
 * first, before any data is written).
 */
public record Neo4jConnection(Driver driver, SessionConfig session, Neo4jSettings settings) implements AutoCloseable {

    public static Neo4jConnection open(Neo4jSettings settings, PrintWriter out) {
        return open(settings, UnaryOperator.identity(), out);
    }

    public static Neo4jConnection open(
            Neo4jSettings settings, UnaryOperator<Config.ConfigBuilder> tuning, PrintWriter out) {
        var driver = settings.openDriver(tuning);
        try {
            driver.verifyConnectivity();
            var result = new SchemaMigrations(driver, settings.sessionConfig()).apply();
            out.printf(
                    Locale.ROOT,
                    "Connected to %s (database %s); schema: %d migration(s) applied now, %d already.%n",
                    settings.boltUri(),
                    settings.database(),
                    result.applied().size(),
                    result.alreadyApplied().size());
            return new Neo4jConnection(driver, settings.sessionConfig(), settings);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
