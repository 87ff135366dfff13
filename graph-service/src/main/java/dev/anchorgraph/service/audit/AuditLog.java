package dev.anchorgraph.service.audit;

import dev.anchorgraph.uscc.Uscc;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Writes one line to the logger {@value #LOGGER} for every {@code /api/} request once it has been answered (or
 * given up by the client): who, how authenticated, with which roles, from which address, which route, which firms
 * (every well-formed USCC in the path and query, and those a handler records, such as a batch's), the status and the
 * time taken. Outermost of the filters, so that refusals (401, 403, 413, 503) are audited too. Bodies are never
 * logged.
 */
@Component
@Order(AuditLog.ORDER)
class AuditLog implements WebFilter {

    static final String LOGGER = "anchorgraph.audit";
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    private static final Logger audit = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_ROUTE = 256;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/") || !audit.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        var at = Instant.now();
        long t0 = System.nanoTime();
        Throwable[] failure = new Throwable[1];
        return chain.filter(exchange)
                .doOnError(e -> failure[0] = e)
                .doFinally(signal ->
                        audit.info(line(exchange, at, t0, signal, failure[0]).json()));
    }

    private static AuditLine line(
            ServerWebExchange exchange, Instant at, long t0, SignalType signal, Throwable failure) {
        var request = exchange.getRequest();
        var caller = Optional.ofNullable(AuditTrail.caller(exchange));
        var headers = request.getHeaders();
        var via = caller.map(AuditTrail.Caller::via)
                .orElse(
                        headers.containsHeader("X-API-Key")
                                ? "api-key"
                                : headers.containsHeader(HttpHeaders.AUTHORIZATION) ? "bearer" : "none");
        return new AuditLine(
                at,
                caller.map(AuditTrail.Caller::name).orElse(null),
                via,
                caller.map(AuditTrail.Caller::roles).orElse(List.of()),
                remote(request.getRemoteAddress()),
                request.getMethod().name(),
                route(exchange),
                firms(exchange),
                status(exchange, failure),
                (System.nanoTime() - t0) / 1e6,
                signal == SignalType.CANCEL);
    }

    private static String route(ServerWebExchange exchange) {
        PathPattern pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null && !pattern.getPatternString().equals("/**")) {
            return pattern.getPatternString();
        }
        var path = exchange.getRequest().getPath().value();
        return path.length() <= MAX_ROUTE ? path : path.substring(0, MAX_ROUTE) + "…";
    }

    private static LinkedHashSet<String> firms(ServerWebExchange exchange) {
        var firms = new LinkedHashSet<String>();
        var request = exchange.getRequest();
        for (var element : request.getPath().pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                Uscc.tryParse(segment.valueToMatch()).ifPresent(u -> firms.add(u.value()));
            }
        }
        request.getQueryParams()
                .forEach((name, values) -> values.forEach(v -> {
                    if (v != null) {
                        Uscc.tryParse(v).ifPresent(u -> firms.add(u.value()));
                    }
                }));
        firms.addAll(AuditTrail.firms(exchange));
        return firms;
    }

    private static int status(ServerWebExchange exchange, Throwable failure) {
        if (failure != null && !exchange.getResponse().isCommitted()) {
            // the error handlers that answer it run outside the filters, after this line is written
            return failure instanceof ResponseStatusException rse
                    ? rse.getStatusCode().value()
                    : 500;
        }
        var status = exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }

    private static String remote(InetSocketAddress address) {
        if (address == null) {
            return null;
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
