package dev.anchorgraph.service.security;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin calls are closed unless origins are listed: then those origins may call {@code /api/**} with the
 * credentials headers (never cookies: {@code allowCredentials} stays off, keys travel in headers). The Browser guide
 * ({@code /guides/**}) may be fetched from any origin: it is public and carries no data.
 */
final class CorsRules {

    private CorsRules() {}

    static CorsConfigurationSource of(SecurityProperties.Cors cors) {
        var source = new UrlBasedCorsConfigurationSource();
        // the Browser guide is public static text that a Neo4j server's own Browser (another origin) fetches for :play
        var guides = new CorsConfiguration();
        guides.addAllowedOrigin("*");
        guides.setAllowedMethods(List.of("GET"));
        guides.addAllowedHeader("*");
        guides.setAllowCredentials(false);
        source.registerCorsConfiguration("/guides/**", guides);
        var origins = cors.allowedOrigins().stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList();
        if (origins.isEmpty()) {
            return source;
        }
        var config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(List.of("GET", "POST"));
        config.setAllowedHeaders(List.of(
                ApiKeys.HEADER,
                HttpHeaders.AUTHORIZATION,
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE));
        config.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, "Next-Cursor"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
