package dev.anchorgraph.service.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The stable problem types (RFC 9457) this API answers with. The {@code type} URIs never change once published;
 * docs/api.md's table of problem types explains each.
 */
public enum ProblemType {
    MALFORMED_USCC("malformed-uscc", HttpStatus.BAD_REQUEST, "Malformed Unified Social Credit Code"),
    COMPANY_NOT_FOUND("company-not-found", HttpStatus.NOT_FOUND, "Company not found"),
    NOT_SCORED("not-scored", HttpStatus.NOT_FOUND, "Company not scored"),
    NOT_AN_ANCHOR("not-an-anchor", HttpStatus.NOT_FOUND, "Not an anchor"),
    ALERT_NOT_FOUND("alert-not-found", HttpStatus.NOT_FOUND, "Alert not found"),
    GROUP_NOT_FOUND("group-not-found", HttpStatus.NOT_FOUND, "Group not found"),
    WATCHLIST_FULL("watchlist-full", HttpStatus.CONFLICT, "Watchlist full"),
    BATCH_TOO_LARGE("batch-too-large", HttpStatus.CONTENT_TOO_LARGE, "Batch too large"),
    BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed for this role"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such resource"),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable"),
    OVERLOADED("overloaded", HttpStatus.SERVICE_UNAVAILABLE, "Service overloaded"),
    TIMEOUT("timeout", HttpStatus.SERVICE_UNAVAILABLE, "Request timed out"),
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

    public String title() {
        return title;
    }

    public ProblemDetail detail(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
