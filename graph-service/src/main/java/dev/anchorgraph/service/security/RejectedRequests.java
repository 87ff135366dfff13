package dev.anchorgraph.service.security;

import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.service.problem.ProblemWriter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request Spring Security's firewall refuses (encoded slashes or dots, {@code ;} parameters, control
 * characters, doubled slashes: the shapes of path-traversal and filter-bypass attempts) with a 400 problem instead
 * of an empty 400, and without saying which rule it broke.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

    private final ProblemWriter problems;

    RejectedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(
                exchange,
                ProblemType.INVALID_REQUEST,
                "The request path is not allowed: it has an "
                        + "encoded slash or dot, a ';', a control character or an empty segment.");
    }
}
