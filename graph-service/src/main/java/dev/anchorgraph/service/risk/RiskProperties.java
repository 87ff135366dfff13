package dev.anchorgraph.service.risk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param runPollInterval how often to look for a newer {@code ScoreRun}; a new run is served within this time
 * @param cacheSize       firms whose risk answer is kept in memory (about 1.2 KB each with 10 reasons)
 */
@ConfigurationProperties("anchorgraph.risk")
record RiskProperties(
        @DefaultValue("10s") Duration runPollInterval,
        @DefaultValue("100000") long cacheSize) {}
