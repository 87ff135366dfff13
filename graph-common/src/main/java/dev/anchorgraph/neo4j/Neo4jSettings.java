package dev.anchorgraph.neo4j;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

/**
 * The one connection rule that graph-loader and graph-service share: {@code NEO4J_URI}, {@code NEO4J_USERNAME},
 * {@code NEO4J_PASSWORD}, {@code NEO4J_DATABASE}. An absent {@code NEO4J_URI} means "the embedded database":
 * graph-service starts one, and the loader connects to it on its default Bolt address.
 *
 * @param uri      where Neo4j answers Bolt; empty when the embedded database is meant
 * @param username empty when the server has authentication off (the embedded database)
 * @param password the password for {@code username}
 * @param database the database name, {@value #DEFAULT_DATABASE} unless set
 */
public record Neo4jSettings(Optional<URI> uri, String username, String password, String database) {

    public static final String DEFAULT_DATABASE = "neo4j";
    public static final URI DEFAULT_EMBEDDED_BOLT = URI.create("bolt://127.0.0.1:7687");

    public Neo4jSettings {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        database = database == null || database.isBlank() ? DEFAULT_DATABASE : database;
    }

    public static Neo4jSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static Neo4jSettings from(Map<String, String> env) {
        var uri = Optional.ofNullable(env.get("NEO4J_URI"))
                .filter(s -> !s.isBlank())
                .map(String::strip)
                .map(URI::create);
        return new Neo4jSettings(uri, env.get("NEO4J_USERNAME"), env.get("NEO4J_PASSWORD"), env.get("NEO4J_DATABASE"));
    }

    /** Settings for a server at {@code uri} with the given credentials (tests and the embedded database). */
    public static Neo4jSettings of(URI uri, String username, String password) {
        return new Neo4jSettings(Optional.of(uri), username, password, DEFAULT_DATABASE);
    }

    public boolean embedded() {
        return uri.isEmpty();
    }

    /** The Bolt address to connect to: the configured one, or the embedded default. */
    public URI boltUri() {
        return uri.orElse(DEFAULT_EMBEDDED_BOLT);
    }

    public AuthToken authToken() {
        return username.isEmpty() ? AuthTokens.none() : AuthTokens.basic(username, password);
    }

    public SessionConfig sessionConfig() {
        return SessionConfig.forDatabase(database);
    }

    public Driver openDriver() {
        return openDriver(UnaryOperator.identity());
    }

    /** A driver with settings of the caller's own (timeouts, pool size, retries) on top of the shared ones. */
    public Driver openDriver(UnaryOperator<Config.ConfigBuilder> tuning) {
        return GraphDatabase.driver(
                boltUri(),
                authToken(),
                tuning.apply(Config.builder().withUserAgent("anchorgraph")).build());
    }

    /** The settings with the embedded database's actual address filled in. */
    public Neo4jSettings withUri(URI actual) {
        return new Neo4jSettings(Optional.of(actual), username, password, database);
    }
}
