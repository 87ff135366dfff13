package dev.anchorgraph.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An embedded Neo4j Community database in this JVM, reachable by Bolt only (no HTTP server: its JAX-RS and
 * Jersey would clash with Spring Boot's managed versions), bound to loopback so nothing outside the machine
 * can reach it. Authentication is off: only local processes can connect. See ADR 0001.
 *
 * @param home      the Neo4j home; the store lives in {@code home/data}
 * @param boltHost  the loopback address Bolt binds to, normally {@code 127.0.0.1}
 * @param boltPort  the Bolt port; 0 picks a free one (tests)
 * @param pageCache page cache size in bytes, or 0 for Neo4j's default (half of what is free)
 * @param importDir the folder {@code LOAD CSV FROM 'file:///…'} reads from, or {@code null} for Neo4j's default
 *                  ({@code home/import})
 * @param extra     further settings, e.g. what Neo4j Browser reads from the server ({@code browser.*}); they cannot
 *                  override the ones above
 */
public record EmbeddedNeo4j(
        Path home, String boltHost, int boltPort, long pageCache, Path importDir, Map<Setting<?>, Object> extra) {

    public EmbeddedNeo4j(Path home, String boltHost, int boltPort, long pageCache) {
        this(home, boltHost, boltPort, pageCache, null);
    }

    public EmbeddedNeo4j(Path home, String boltHost, int boltPort, long pageCache, Path importDir) {
        this(home, boltHost, boltPort, pageCache, importDir, Map.of());
    }

    public EmbeddedNeo4j {
        extra = Map.copyOf(extra);
        if (!boltHost.equals("localhost") && !boltHost.startsWith("127.") && !boltHost.equals("::1")) {
            throw new IllegalArgumentException("Embedded Neo4j binds to loopback only, not " + boltHost);
        }
    }

    /** Starts the database and waits until Bolt accepts connections. */
    public Running start() {
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(extra)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(boltHost, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10));
        if (importDir != null) {
            builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir.toAbsolutePath());
        }
        if (pageCache > 0) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, pageCache);
        }
        var service = builder.build();
        var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bound = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        var uri = URI.create("bolt://" + bound.getHost() + ":" + bound.getPort());
        return new Running(service, uri);
    }

    /** A started database; close it to shut Neo4j down cleanly. */
    public record Running(DatabaseManagementService service, URI boltUri) implements AutoCloseable {
        @Override
        public void close() {
            service.shutdown();
        }
    }
}
