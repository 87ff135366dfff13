package dev.anchorgraph.service.risk;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Knows the current score run: the {@code ScoreRun} with the newest {@code finishedAt}. Polled on a timer, without
 * blocking a thread, so that a run the score step finishes is served without a restart; cached risk answers are
 * keyed by this id, so switching it is all it takes to stop serving the old run.
 */
@Component
class ScoreRuns {

    static final String NONE = "";
    private static final Logger log = LoggerFactory.getLogger(ScoreRuns.class);
    private static final String NEWEST = """
            MATCH (r:ScoreRun) WHERE r.finishedAt IS NOT NULL
            RETURN r.id AS id ORDER BY r.finishedAt DESC LIMIT 1
            """;

    private final ReactiveNeo4jClient neo4j;
    private final RiskProperties properties;
    private volatile String current = NONE;
    private final Sinks.Many<String> switches = Sinks.many().replay().latest();
    private Disposable polling;

    ScoreRuns(ReactiveNeo4jClient neo4j, RiskProperties properties) {
        this.neo4j = neo4j;
        this.properties = properties;
    }

    /** The current run's id; {@link #NONE} before the first poll answers or when no run has finished yet. */
    String current() {
        return current;
    }

    /** Every switch to a new current run (the latest one first, for late subscribers). */
    Flux<String> switches() {
        return switches.asFlux();
    }

    /** Looks for the newest run now and switches to it. */
    Mono<String> refresh() {
        return neo4j.query(NEWEST)
                .fetchAs(String.class)
                .mappedBy((t, r) -> r.get("id").asString())
                .one()
                .defaultIfEmpty(NONE)
                .doOnNext(id -> {
                    if (!id.equals(current)) {
                        log.info(
                                "Score run: now serving {} (was {})",
                                id.isEmpty() ? "none" : id,
                                current.isEmpty() ? "none" : current);
                        current = id;
                        switches.tryEmitNext(id);
                    }
                });
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPolling() {
        // A failed poll (database briefly away) keeps the run we have; the next tick tries again.
        polling = Flux.interval(Duration.ZERO, properties.runPollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> refresh().onErrorResume(e -> {
                    log.warn("Score run poll failed, still serving {}: {}", current, e.getMessage());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @PreDestroy
    void stopPolling() {
        if (polling != null) {
            polling.dispose();
        }
    }
}
