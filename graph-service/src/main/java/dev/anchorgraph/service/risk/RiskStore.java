package dev.anchorgraph.service.risk;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Risk facts by USCC, from memory when possible. Entries are keyed by the current score run, so a new run is never
 * answered from the old one's entries (and those are dropped once the switch is seen). Only scored firms are kept:
 * an unknown or unscored firm may be loaded or scored at any moment, and asking again costs one indexed lookup.
 */
@Component
class RiskStore {

    private static final String FACTS = """
            UNWIND $codes AS code
            MATCH (c:Company {uscc: code})
            OPTIONAL MATCH (scoreRun:ScoreRun {id: c.riskRun})
            RETURN c.uscc AS uscc, c.name AS name, c.riskStatus AS status, c.riskTier AS tier, c.riskScore AS score, c.riskModel AS model,
                   c.riskRun AS run, c.riskAsOf AS asOf, scoreRun.finishedAt AS scoredAt, c.riskReasons AS reasons,
                   c.riskReasonPoints AS points, c.riskReasonValues AS reasonValues, c.riskKnockouts AS knockouts,
                   scoreRun.status AS runStatus, scoreRun.warnings AS runWarnings, c.suggestedLimit AS suggestedLimit,
                   c.suggestedLimitBasis AS suggestedLimitBasis, c.stableBuyerSales12 AS stableBuyerSales12,
                   c.annualSales AS annualSales, c.riskPd AS pd
            """;

    private static final String ALL_OF_RUN = """
            MATCH (scoreRun:ScoreRun {id: $run})
            MATCH (c:Company) WHERE c.riskRun = $run
            RETURN c.uscc AS uscc, c.name AS name, c.riskStatus AS status, c.riskTier AS tier, c.riskScore AS score, c.riskModel AS model,
                   c.riskRun AS run, c.riskAsOf AS asOf, scoreRun.finishedAt AS scoredAt, c.riskReasons AS reasons,
                   c.riskReasonPoints AS points, c.riskReasonValues AS reasonValues, c.riskKnockouts AS knockouts,
                   scoreRun.status AS runStatus, scoreRun.warnings AS runWarnings, c.suggestedLimit AS suggestedLimit,
                   c.suggestedLimitBasis AS suggestedLimitBasis, c.stableBuyerSales12 AS stableBuyerSales12,
                   c.annualSales AS annualSales, c.riskPd AS pd
            LIMIT $max
            """;
    private static final Logger log = LoggerFactory.getLogger(RiskStore.class);

    private record Key(String run, String uscc) {}

    private final ReactiveNeo4jClient neo4j;
    private final ScoreRuns runs;
    private final Cache<Key, RiskFacts> cache;
    private volatile String cachedRun = ScoreRuns.NONE;
    private final long cacheSize;
    private Disposable preloading;

    RiskStore(ReactiveNeo4jClient neo4j, ScoreRuns runs, RiskProperties properties) {
        this.neo4j = neo4j;
        this.runs = runs;
        this.cacheSize = properties.cacheSize();
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /**
     * Fills the cache with a run's answers as soon as it becomes current (up to the cache size), streaming them from
     * the database in the background: tiers change only when a run finishes, so after this every lookup of a scored
     * firm is answered from memory instead of costing a Bolt round trip.
     */
    @EventListener(ApplicationReadyEvent.class)
    void preloadEachNewRun() {
        preloading = runs.switches()
                .filter(run -> !run.equals(ScoreRuns.NONE))
                .concatMap(run -> neo4j.query(ALL_OF_RUN)
                        .bind(run)
                        .to("run")
                        .bind(cacheSize)
                        .to("max")
                        .fetchAs(RiskFacts.class)
                        .mappedBy(RiskFacts::from)
                        .all()
                        .doOnNext(f -> remember(f, run))
                        .count()
                        .doOnNext(n -> log.info("Risk answers of run {} in memory: {}", run, n))
                        .onErrorResume(e -> {
                            log.warn(
                                    "Preloading run {} failed; answers will be cached as asked: {}",
                                    run,
                                    e.getMessage());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @PreDestroy
    void stopPreloading() {
        if (preloading != null) {
            preloading.dispose();
        }
    }

    /** The firm's facts (scored or not); empty when no firm has this code. */
    Mono<RiskFacts> one(String uscc) {
        var run = currentRun();
        var hit = cache.getIfPresent(new Key(run, uscc));
        if (hit != null) {
            return Mono.just(hit);
        }
        return neo4j.query(FACTS)
                .bind(List.of(uscc))
                .to("codes")
                .fetchAs(RiskFacts.class)
                .mappedBy(RiskFacts::from)
                .one()
                .doOnNext(f -> remember(f, run));
    }

    /** Facts of those of the codes that name a firm, by code; one query for all that are not in memory. */
    Mono<Map<String, RiskFacts>> many(Collection<String> codes) {
        var run = currentRun();
        var found = new HashMap<String, RiskFacts>();
        var misses = new LinkedHashSet<String>();
        for (var code : codes) {
            var hit = cache.getIfPresent(new Key(run, code));
            if (hit != null) {
                found.put(code, hit);
            } else {
                misses.add(code);
            }
        }
        if (misses.isEmpty()) {
            return Mono.just(found);
        }
        return query(new ArrayList<>(misses), run)
                .doOnNext(f -> found.put(f.uscc(), f))
                .then(Mono.fromSupplier(() -> found));
    }

    private Flux<RiskFacts> query(List<String> codes, String run) {
        return neo4j.query(FACTS)
                .bind(codes)
                .to("codes")
                .fetchAs(RiskFacts.class)
                .mappedBy(RiskFacts::from)
                .all()
                .doOnNext(f -> remember(f, run));
    }

    private void remember(RiskFacts f, String run) {
        if (f.scored() && run.equals(currentRun())) {
            cache.put(new Key(run, f.uscc()), f);
        }
    }

    /** The run to key by; on a switch the old run's entries are dropped to free their memory at once. */
    private String currentRun() {
        var run = runs.current();
        if (!run.equals(cachedRun)) {
            cachedRun = run;
            cache.invalidateAll();
        }
        return run;
    }
}
