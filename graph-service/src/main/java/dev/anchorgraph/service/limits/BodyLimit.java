package dev.anchorgraph.service.limits;

import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.service.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body ({@code Content-Length}) exceeds {@code anchorgraph.limits.max-body-size}
 * before reading any of it: 413 {@code body-too-large}. A body without a declared length is bounded where it is
 * read: the JSON decoder stops at {@code spring.codec.max-in-memory-size} (413 {@code batch-too-large}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class BodyLimit implements WebFilter {

    private final long max;
    private final ProblemWriter problems;

    BodyLimit(LimitsProperties limits, ProblemWriter problems) {
        this.max = limits.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var length = exchange.getRequest().getHeaders().getContentLength();
        if (length > max) {
            return problems.write(
                    exchange,
                    ProblemType.BODY_TOO_LARGE,
                    "The request body is " + length + " bytes; at most " + max + " are read.");
        }
        return chain.filter(exchange);
    }
}
