package dev.anchorgraph.service.neo4j;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How graph-service's driver behaves when Neo4j is slow or away: short timeouts, so that a request fails fast with
 * a 503 instead of holding a place for the driver's defaults (30 s to connect, 60 s to wait for a connection).
 *
 * @param connectionTimeout  to open a TCP connection to Neo4j
 * @param acquisitionTimeout to get a connection from the pool (all busy)
 * @param maxPoolSize        connections to Neo4j at most
 */
@ConfigurationProperties("anchorgraph.neo4j")
record DriverProperties(
        @DefaultValue("3s") Duration connectionTimeout,
        @DefaultValue("5s") Duration acquisitionTimeout,
        @DefaultValue("100") int maxPoolSize) {}
