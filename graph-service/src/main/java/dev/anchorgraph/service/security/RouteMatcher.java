package dev.anchorgraph.service.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Matches a request's method and path against patterns, as {@code pathMatchers(...)} does, but without its debug
 * logging: commons-logging's SLF4J bridge formats every debug message before the level is checked, and Spring
 * Security's matchers log one per pattern tried, so each request paid for a dozen formatted strings nobody reads.
 */
final class RouteMatcher implements ServerWebExchangeMatcher {

    private static final Mono<MatchResult> MATCH = MatchResult.match();
    private static final Mono<MatchResult> NO_MATCH = MatchResult.notMatch();

    private final HttpMethod method;
    private final List<PathPattern> patterns;

    /** @param method null for every method */
    RouteMatcher(HttpMethod method, List<String> patterns) {
        this.method = method;
        this.patterns =
                patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        if (method != null && !method.equals(request.getMethod())) {
            return NO_MATCH;
        }
        var path = request.getPath().pathWithinApplication();
        for (var pattern : patterns) {
            if (pattern.matches(path)) {
                return MATCH;
            }
        }
        return NO_MATCH;
    }

    @Override
    public String toString() {
        return (method == null ? "" : method + " ") + patterns;
    }
}
