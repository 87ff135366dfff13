package dev.anchorgraph.service.problem;

import dev.anchorgraph.uscc.MalformedUsccException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into problem details with a stable type. Spring's own errors (bad parameters, unknown
 * routes, unsupported media types) go through {@link ResponseEntityExceptionHandler}; anything unexpected becomes
 * a 500 that says nothing about the inside (no stack traces, no driver messages), and is logged here instead.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(MalformedUsccException.class)
    ResponseEntity<ProblemDetail> malformedUscc(MalformedUsccException e) {
        var problem = ProblemType.MALFORMED_USCC.detail(e.getMessage()
                + ". A USCC is 18 characters: digits and the letters A-H, J-N, P-R, T, U, W-Y.");
        problem.setProperty("input", e.input());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        log.warn("Neo4j unavailable: {}", e.getMessage());
        var problem = ProblemType.DATABASE_UNAVAILABLE.detail("The graph database cannot be reached; try again shortly.");
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        var problem = ProblemType.INTERNAL.detail("The request could not be completed. It has been logged.");
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

}
