package dev.anchorgraph.service.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A malformed {@code Accept} or {@code Content-Type} is the caller's mistake: 400 here, before content negotiation
 * fails on it deep inside (where it would end as an empty 406 or a 500).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 150)
class MalformedHeaders implements WebFilter {

    private final ProblemWriter problems;

    MalformedHeaders(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        try {
            headers.getAccept();
        } catch (InvalidMediaTypeException e) {
            return problems.write(
                    exchange,
                    ProblemType.INVALID_REQUEST,
                    "The Accept header is not a list of media " + "types (such as application/json).");
        }
        try {
            headers.getContentType();
        } catch (InvalidMediaTypeException e) {
            return problems.write(
                    exchange,
                    ProblemType.INVALID_REQUEST,
                    "The Content-Type header is not a media " + "type (such as application/json).");
        }
        return chain.filter(exchange);
    }
}
