package dev.anchorgraph.service.security;

import static dev.anchorgraph.service.security.Role.ANALYST;
import static dev.anchorgraph.service.security.Role.PROSPECTOR;
import static dev.anchorgraph.service.security.Role.RISK_READER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which role may use which route: the one table the security filter is built from, and what a 403 quotes. Checked
 * top to bottom, the first matching rule decides; {@code admin} may use every route. An {@code /api/**} route that no
 * rule names is for {@code admin} only, so a new route is closed until it is given a rule here (AccessRulesIT fails
 * for such a route).
 */
final class AccessRules {

    /** Readable without credentials: health, the API description, and the static pages (they call the API with the user's key). */
    static final List<String> PUBLIC = List.of(
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/info",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/webjars/**",
            "/console/**",
            "/browser/**",
            "/guides/**",
            "/",
            "/index.html",
            "/favicon.ico");

    /** @param method null for every method */
    record Rule(HttpMethod method, String pattern, Set<Role> roles, PathPattern parsed) {
        boolean matches(HttpMethod m, String path) {
            return (method == null || method.equals(m)) && parsed.matches(PathContainer.parsePath(path));
        }
    }

    static final List<Rule> RULES = List.of(
            rule(null, "/api/v1/companies/*/risk", RISK_READER),
            rule(null, "/api/v1/risk/**", RISK_READER),
            rule(HttpMethod.GET, "/api/v1/companies/*/memo", RISK_READER, ANALYST),
            rule(null, "/api/v1/companies/*/fraud", ANALYST),
            rule(null, "/api/v1/alerts/**", ANALYST),
            rule(HttpMethod.GET, "/api/v1/groups/*", RISK_READER, PROSPECTOR, ANALYST),
            rule(HttpMethod.GET, "/api/v1/companies/*/control", RISK_READER, PROSPECTOR, ANALYST),
            rule(null, "/api/v1/watchlist", PROSPECTOR, ANALYST),
            rule(null, "/api/v1/watchlist/**", PROSPECTOR, ANALYST),
            rule(null, "/api/v1/fraud/**", ANALYST),
            rule(HttpMethod.GET, "/api/v1/companies/*/network", PROSPECTOR, ANALYST),
            rule(HttpMethod.GET, "/api/v1/companies/*/chains", PROSPECTOR, ANALYST),
            rule(HttpMethod.GET, "/api/v1/companies/*/sales", PROSPECTOR, ANALYST),
            rule(HttpMethod.GET, "/api/v1/paths", PROSPECTOR, ANALYST),
            rule(HttpMethod.GET, "/api/v1/companies", PROSPECTOR, ANALYST),
            rule(HttpMethod.GET, "/api/v1/companies/*", RISK_READER, PROSPECTOR, ANALYST),
            rule(null, "/api/v1/anchors", PROSPECTOR),
            rule(null, "/api/v1/anchors/**", PROSPECTOR));

    /** The default for {@code /api/**} routes no rule names. */
    static final String API = "/api/**";

    private AccessRules() {}

    private static Rule rule(HttpMethod method, String pattern, Role... roles) {
        var set = EnumSet.of(Role.ADMIN, roles);
        return new Rule(method, pattern, Set.copyOf(set), PathPatternParser.defaultInstance.parse(pattern));
    }

    /** The roles that may use this route (admin only for an API route no rule names). */
    static Set<Role> allowed(HttpMethod method, String path) {
        return RULES.stream()
                .filter(r -> r.matches(method, path))
                .findFirst()
                .map(Rule::roles)
                .orElse(Set.of(Role.ADMIN));
    }

    static String describe(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).collect(Collectors.joining(", "));
    }

    /** For tests and docs: whether a rule (not the admin-only default) names this route. */
    static boolean named(HttpMethod method, String path) {
        return RULES.stream().anyMatch(r -> r.matches(method, path));
    }
}
