package dev.anchorgraph.service.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much the service takes on at once (docs/configuration.md, Limits; docs/benchmarks.md, load shedding).
 *
 * @param maxConcurrent  API requests being worked on at once (most of them are Neo4j queries)
 * @param maxQueued      requests waiting for one of those places; beyond it a request is refused at once
 * @param queueTimeout   longest wait for a place before a 503
 * @param requestTimeout longest time a request may take once it has a place (streams excepted) before a 503
 * @param retryAfter     what a 503 for overload tells the client to wait
 * @param maxBodySize    a request that declares a longer body is refused before it is read
 */
@ConfigurationProperties("anchorgraph.limits")
record LimitsProperties(
        @DefaultValue("64") int maxConcurrent,
        @DefaultValue("256") int maxQueued,
        @DefaultValue("2s") Duration queueTimeout,
        @DefaultValue("15s") Duration requestTimeout,
        @DefaultValue("1s") Duration retryAfter,
        @DefaultValue("1MB") DataSize maxBodySize) {}
