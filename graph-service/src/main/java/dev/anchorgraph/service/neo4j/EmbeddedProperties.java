package dev.anchorgraph.service.neo4j;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The embedded database, used when {@code NEO4J_URI} is not set.
 *
 * @param dataDir   where the store lives (Neo4j home); kept across restarts
 * @param boltHost  loopback address for Bolt
 * @param boltPort  Bolt port; the loader and Neo4j Browser connect here
 * @param pageCache Neo4j page cache; 0 lets Neo4j choose
 * @param importDir where {@code LOAD CSV FROM 'file:///…'} reads; unset: {@code dataDir/import}
 */
@ConfigurationProperties("anchorgraph.embedded")
record EmbeddedProperties(
        @DefaultValue("./data/neo4j") Path dataDir,
        @DefaultValue("127.0.0.1") String boltHost,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("512MB") DataSize pageCache,
        Path importDir) {}
