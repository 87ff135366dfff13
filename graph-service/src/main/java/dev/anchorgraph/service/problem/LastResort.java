package dev.anchorgraph.service.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers what escapes the controllers' advice (a failure in a web filter, or before a handler is chosen) as problem
 * details too, instead of Spring Boot's own error JSON: a status exception keeps its status, a malformed header is
 * a 400, anything else a 500 that says nothing about the inside. Runs before Boot's handler (order -1).
 */
@Component
@Order(-2)
class LastResort implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LastResort.class);
    private final ProblemWriter problems;

    LastResort(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable e) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(e);
        }
        if (e instanceof InvalidMediaTypeException) {
            return problems.write(exchange, ProblemType.INVALID_REQUEST, "A media type header is malformed.");
        }
        if (e instanceof ResponseStatusException rse && rse.getStatusCode().is4xxClientError()) {
            var status = HttpStatus.resolve(rse.getStatusCode().value());
            return problems.write(
                    exchange,
                    rse.getStatusCode().value(),
                    status == null ? "Client error" : status.getReasonPhrase(),
                    rse.getReason() == null ? "The request was refused." : rse.getReason());
        }
        log.error("Unexpected failure outside a handler", e);
        return problems.write(
                exchange, ProblemType.INTERNAL, "The request could not be completed. It has been logged.");
    }
}
