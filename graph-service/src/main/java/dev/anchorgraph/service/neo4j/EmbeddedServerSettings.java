package dev.anchorgraph.service.neo4j;

import java.util.Map;
import org.neo4j.graphdb.config.Setting;

/**
 * Settings another feature wants the embedded database started with (Neo4j Browser's client configuration, for one).
 * A bean of this type is asked before the database starts; the neo4j package need not know the features that ask.
 */
public interface EmbeddedServerSettings {

    Map<Setting<?>, Object> settings();
}
