package dev.anchorgraph.service.limits;

import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.service.problem.ProblemWriter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps the service answering under more load than it can serve: at most {@code maxConcurrent} API requests are
 * worked on at once, at most {@code maxQueued} wait (each at most {@code queueTimeout}), and a request that has its
 * place gets {@code requestTimeout} to finish. Whatever is turned away gets a 503 problem ({@code overloaded} or
 * {@code timeout}) with {@code Retry-After} at once, so memory and latency stay bounded instead of growing with the
 * offered load. Runs after authentication (unauthenticated requests never take a place). Event streams are
 * long-lived by design and pass untouched.
 */
@Component
@Order(-50)
class LoadShedding implements WebFilter {

    private final Admission admission;
    private final LimitsProperties limits;
    private final ProblemWriter problems;
    private final String retryAfter;

    LoadShedding(LimitsProperties limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
        this.admission =
                new Admission(limits.maxConcurrent(), limits.maxQueued(), limits.queueTimeout(), Schedulers.parallel());
        this.retryAfter = String.valueOf(Math.max(1, (limits.retryAfter().toMillis() + 999) / 1000));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (!request.getPath().value().startsWith("/api/") || streaming(exchange)) {
            return chain.filter(exchange);
        }
        var free = admission.tryEnter();
        if (free != null) {
            return serve(exchange, chain, free);
        }
        // a place released by another request is handed over on that request's thread, so the queued request goes
        // on there; Reactor Netty 1.3.8 writes such answers correctly (ADR 0008, update of 2026-12-03)
        return admission
                .enter()
                .flatMap(place -> serve(exchange, chain, place))
                .onErrorResume(
                        Admission.Refused.class,
                        refused -> refuse(
                                exchange,
                                ProblemType.OVERLOADED,
                                "The service is at capacity; try again in " + retryAfter + " s."));
    }

    private Mono<Void> serve(ServerWebExchange exchange, WebFilterChain chain, Admission.Place place) {
        return Mono.defer(() -> chain.filter(exchange))
                .timeout(
                        limits.requestTimeout(),
                        Mono.defer(() -> refuse(
                                exchange,
                                ProblemType.TIMEOUT,
                                "The request took longer than "
                                        + limits.requestTimeout().toSeconds()
                                        + " s and was stopped; try again, or narrow it.")))
                .doFinally(signal -> place.release());
    }

    private Mono<Void> refuse(ServerWebExchange exchange, ProblemType type, String detail) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(new IllegalStateException(type + " after the answer had started"));
        }
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
        return problems.write(exchange, type, detail, headers);
    }

    private static boolean streaming(ServerWebExchange exchange) {
        if (exchange.getRequest().getPath().value().endsWith("/stream")) {
            return true;
        }
        try {
            return exchange.getRequest().getHeaders().getAccept().stream()
                    .anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException e) {
            return false; // the handler's content negotiation answers it: 406
        }
    }

    Admission admission() {
        return admission;
    }
}
