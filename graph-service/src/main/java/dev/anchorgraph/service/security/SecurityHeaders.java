package dev.anchorgraph.service.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The headers Spring Security writes by default (no-store caching unless the answer sets its own, nosniff, HSTS on
 * HTTPS, X-Frame-Options DENY, X-XSS-Protection 0), plus no referrer, and for API answers a Content-Security-Policy
 * that allows nothing (JSON is never a page). The static pages (Swagger UI, console) get no CSP from here: they set
 * their own needs. Written here in one pass with plain {@code set}s: Spring Security's writers compare header-name
 * sets for each header, which cost more than the risk lookups they decorated (JFR, docs/benchmarks.md).
 */
final class SecurityHeaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static Mono<Void> write(ServerWebExchange exchange) {
        var response = exchange.getResponse();
        var headers = response.getHeaders();
        if (!HttpStatus.NOT_MODIFIED.equals(response.getStatusCode())
                && !headers.containsHeader(HttpHeaders.CACHE_CONTROL)
                && !headers.containsHeader(HttpHeaders.EXPIRES)
                && !headers.containsHeader(HttpHeaders.PRAGMA)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
            headers.set(HttpHeaders.PRAGMA, "no-cache");
            headers.set(HttpHeaders.EXPIRES, "0");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-XSS-Protection", "0");
        headers.set("Referrer-Policy", "no-referrer");
        if (exchange.getRequest().getSslInfo() != null) {
            headers.set("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            headers.set("Content-Security-Policy", API_CSP);
        }
        return Mono.empty();
    }
}
