package dev.anchorgraph.service.problem;

import dev.anchorgraph.uscc.MalformedUsccException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Turns every failure into problem details with a stable type. Spring's own errors (unknown routes, unsupported
 * media types) go through {@link ResponseEntityExceptionHandler}; a parameter Spring cannot convert or that fails
 * its constraints becomes {@code invalid-request} naming the parameter (never a 500: {@code maxHops=abc} is the
 * caller's mistake); anything unexpected becomes a 500 that says nothing about the inside (no stack traces, no
 * driver messages), and is logged here instead.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(MalformedUsccException.class)
    ResponseEntity<ProblemDetail> malformedUscc(MalformedUsccException e) {
        var problem = ProblemType.MALFORMED_USCC.detail(
                e.getMessage() + ". A USCC is 18 characters: digits and the letters A-H, J-N, P-R, T, U, W-Y.");
        problem.setProperty("input", e.input());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * Neo4j cannot be reached, or not now: the driver's own exceptions, Spring Data's translations of them, and the
     * pool's "no connection within the acquisition timeout" (all connections stuck on an unreachable server).
     */
    @ExceptionHandler({
        ServiceUnavailableException.class,
        SessionExpiredException.class,
        TransientDataAccessResourceException.class,
        DataAccessResourceFailureException.class,
        RecoverableDataAccessException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Neo4j unavailable: {}", e.getMessage());
        var problem =
                ProblemType.DATABASE_UNAVAILABLE.detail("The graph database cannot be reached; try again shortly.");
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(
            ServerWebInputException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return invalid(e, InvalidParameters.of(e), headers, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleMissingRequestValueException(
            MissingRequestValueException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return invalid(e, InvalidParameters.of(e), headers, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(
            HandlerMethodValidationException e,
            HttpHeaders headers,
            HttpStatusCode status,
            ServerWebExchange exchange) {
        return invalid(e, InvalidParameters.of(e), headers, exchange);
    }

    /** A body beyond what the codecs buffer: only a batch has a body, so say what a batch may hold. */
    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(
            ResponseStatusException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (e instanceof ContentTooLargeException) {
            var problem = ProblemType.BATCH_TOO_LARGE.detail(
                    "The request body is larger than the service reads; " + "split the batch.");
            return handleExceptionInternal(e, problem, headers, ProblemType.BATCH_TOO_LARGE.status(), exchange);
        }
        if (e instanceof NoResourceFoundException) {
            // Spring's own words ("No static resource api/v1/x") describe the inside, not the API
            var problem = ProblemType.NOT_FOUND.detail(
                    "No route " + exchange.getRequest().getMethod() + " "
                            + exchange.getRequest().getPath().value() + ". The API is described at /v3/api-docs.");
            return handleExceptionInternal(e, problem, headers, ProblemType.NOT_FOUND.status(), exchange);
        }
        return super.handleResponseStatusException(e, headers, status, exchange);
    }

    private Mono<ResponseEntity<Object>> invalid(
            Exception e, List<InvalidParameter> errors, HttpHeaders headers, ServerWebExchange exchange) {
        var problem = ProblemType.INVALID_REQUEST.detail(
                errors.stream().map(p -> p.parameter() + ": " + p.reason()).collect(Collectors.joining("; ")));
        problem.setProperties(Map.of("errors", errors));
        return handleExceptionInternal(e, problem, headers, ProblemType.INVALID_REQUEST.status(), exchange);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (databaseAway(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected failure", e);
        var problem = ProblemType.INTERNAL.detail("The request could not be completed. It has been logged.");
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    static boolean databaseAway(Throwable e) {
        for (var t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException
                    || t instanceof TransientException
                    || t instanceof ClientException
                            && t.getMessage() != null
                            && t.getMessage().startsWith("Unable to acquire connection")) {
                return true;
            }
        }
        return false;
    }
}
