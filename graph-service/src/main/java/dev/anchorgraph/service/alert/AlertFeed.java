package dev.anchorgraph.service.alert;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The alerts numbered after a position, as they appear: a client's stream reads every alert after its position,
 * then looks again every {@code anchorgraph.alerts.poll-interval}. Each stream keeps its own position, so a client
 * that resumes from {@code Last-Event-ID} gets exactly the alerts it has not seen, with no gap between the catch-up
 * and the live part. Alerts are written by the loader's score run, in another process, so there is nothing to
 * listen to: polling one unique index is the cheapest way to see them (docs/monitoring.md).
 */
@Component
class AlertFeed {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
    static final int PAGE = 500;

    private final AlertQueries queries;
    private final Duration interval;

    AlertFeed(AlertQueries queries, @Value("${anchorgraph.alerts.poll-interval:2s}") Duration interval) {
        this.queries = queries;
        this.interval = interval;
    }

    /** Every alert with a sequence number above {@code after}, oldest first, without end. */
    Flux<StoredAlert> after(long after) {
        var position = new AtomicLong(after);
        return Flux.interval(Duration.ZERO, interval).onBackpressureDrop().concatMap(tick -> drain(position), 1);
    }

    /** Reads pages until a short one; a database that is away for a while only delays the stream. */
    private Flux<StoredAlert> drain(AtomicLong position) {
        return queries.after(position.get(), PAGE)
                .collectList()
                .expand(page -> page.size() < PAGE
                        ? Flux.empty()
                        : queries.after(page.getLast().seq(), PAGE).collectList())
                .flatMapIterable(page -> page)
                .doOnNext(a -> position.set(a.seq()))
                .onErrorResume(e -> {
                    LOG.warn(
                            "Alert stream could not read new alerts ({}); trying again in {}",
                            e.getClass().getSimpleName(),
                            interval);
                    return Flux.empty();
                });
    }
}
