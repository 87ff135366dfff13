package dev.anchorgraph.service.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import reactor.core.publisher.Mono;

/**
 * Spring Security's defaults (no-store caching, nosniff, HSTS on HTTPS, X-Frame-Options DENY) plus: no referrer, and
 * for API answers a Content-Security-Policy that allows nothing (JSON is never a page). The static pages (Swagger UI,
 * console) get no CSP from here: they set their own needs.
 */
final class SecurityHeaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(ServerHttpSecurity.HeaderSpec headers) {
        headers.frameOptions(f -> f.mode(Mode.DENY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .writer(exchange -> {
                    if (exchange.getRequest().getPath().value().startsWith("/api/")) {
                        exchange.getResponse().getHeaders().set("Content-Security-Policy", API_CSP);
                    }
                    return Mono.empty();
                });
    }
}
