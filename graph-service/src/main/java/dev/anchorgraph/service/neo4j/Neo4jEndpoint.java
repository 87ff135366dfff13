package dev.anchorgraph.service.neo4j;

import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import dev.anchorgraph.neo4j.Neo4jSettings;
import java.util.Map;
import java.util.Optional;
import org.neo4j.graphdb.config.Setting;

/**
 * The database this service talks to: the external server named by {@code NEO4J_URI}, or the embedded one it
 * started itself (then {@link #embedded()} holds it, and closing this shuts it down).
 */
public record Neo4jEndpoint(Neo4jSettings settings, Optional<EmbeddedNeo4j.Running> embedded) implements AutoCloseable {

    /** @param extra further settings of the embedded database (what Neo4j Browser reads from it) */
    static Neo4jEndpoint connect(
            Neo4jSettings configured, EmbeddedProperties properties, Map<Setting<?>, Object> extra) {
        if (!configured.embedded()) {
            return new Neo4jEndpoint(configured, Optional.empty());
        }
        var running = new EmbeddedNeo4j(
                        properties.dataDir().toAbsolutePath(),
                        properties.boltHost(),
                        properties.boltPort(),
                        properties.pageCache().toBytes(),
                        properties.importDir(),
                        extra)
                .start();
        return new Neo4jEndpoint(configured.withUri(running.boltUri()), Optional.of(running));
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedNeo4j.Running::close);
    }
}
