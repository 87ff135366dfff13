package dev.anchorgraph.service.neo4j;

import dev.anchorgraph.neo4j.Neo4jSettings;
import dev.anchorgraph.neo4j.SchemaMigrations;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.config.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.ReactiveDatabaseSelectionProvider;

/**
 * Connects to Neo4j by the rule both programs share (ADR 0001): {@code NEO4J_URI}, {@code NEO4J_USERNAME},
 * {@code NEO4J_PASSWORD}, {@code NEO4J_DATABASE}, read from the environment (or as Spring properties of the same
 * names); without {@code NEO4J_URI}, an embedded database is started in this process. The schema in
 * {@code cypher/schema} is applied before the driver is handed out.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Neo4jConfiguration.class);

    @Bean
    Neo4jEndpoint neo4jEndpoint(
            Environment env, EmbeddedProperties embedded, ObjectProvider<EmbeddedServerSettings> contributions) {
        var values = new HashMap<String, String>();
        for (var name : new String[] {"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"}) {
            var value = env.getProperty(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        var extra = new LinkedHashMap<Setting<?>, Object>();
        contributions.orderedStream().forEach(c -> extra.putAll(c.settings()));
        var endpoint = Neo4jEndpoint.connect(Neo4jSettings.from(values), embedded, extra);
        log.info(
                "Neo4j: {} at {} (database {})",
                endpoint.embedded().isPresent() ? "embedded" : "external",
                endpoint.settings().boltUri(),
                endpoint.settings().database());
        return endpoint;
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jEndpoint endpoint, DriverProperties properties) {
        var settings = endpoint.settings();
        var driver = settings.openDriver(config -> config.withConnectionTimeout(
                        properties.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(
                        properties.acquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(properties.maxPoolSize()));
        var result = new SchemaMigrations(driver, settings.sessionConfig()).apply();
        log.info("Schema: applied {}, already applied {}", result.applied(), result.alreadyApplied());
        return driver;
    }

    @Bean
    ReactiveDatabaseSelectionProvider reactiveDatabaseSelectionProvider(Neo4jEndpoint endpoint) {
        return ReactiveDatabaseSelectionProvider.createStaticDatabaseSelectionProvider(
                endpoint.settings().database());
    }
}
