package dev.anchorgraph.service.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The stable problem types (RFC 9457) this API answers with. The {@code type} URIs never change once published;
 * docs/api-problems.md explains each.
 */
public enum ProblemType {
    MALFORMED_USCC("malformed-uscc", HttpStatus.BAD_REQUEST, "Malformed Unified Social Credit Code"),
    COMPANY_NOT_FOUND("company-not-found", HttpStatus.NOT_FOUND, "Company not found"),
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable"),
    INTERNAL("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    public static final String BASE = "https://anchorgraph.dev/problems/";

    private final URI type;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.type = URI.create(BASE + slug);
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail detail(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
