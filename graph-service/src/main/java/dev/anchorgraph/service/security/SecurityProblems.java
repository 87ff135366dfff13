package dev.anchorgraph.service.security;

import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.service.problem.ProblemWriter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem details that say what to do, never why a token failed in the verifier's words (those name
 * libraries and claims an attacker could probe).
 */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter problems;
    private final boolean jwt;

    SecurityProblems(ProblemWriter problems, boolean jwt) {
        this.problems = problems;
        this.jwt = jwt;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"anchorgraph\", header=\"" + ApiKeys.HEADER + "\"");
        if (jwt) {
            headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"anchorgraph\"");
        }
        return problems.write(exchange, ProblemType.UNAUTHORIZED, detail(exchange, e), headers);
    }

    private String detail(ServerWebExchange exchange, AuthenticationException e) {
        if (e instanceof BadCredentialsException
                && exchange.getRequest().getHeaders().containsHeader(ApiKeys.HEADER)) {
            return "The API key is not known.";
        }
        if (e instanceof OAuth2AuthenticationException) {
            return "The bearer token is not valid: expired, not yet valid, or not signed by the configured issuer.";
        }
        var authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (!jwt && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "This service accepts no bearer tokens (no JWT issuer is configured); send an API key in the "
                    + ApiKeys.HEADER + " header.";
        }
        return "Send an API key in the " + ApiKeys.HEADER + " header"
                + (jwt ? ", or a bearer token in the " + "Authorization header." : ".");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        var request = exchange.getRequest();
        var allowed = AccessRules.describe(
                AccessRules.allowed(request.getMethod(), request.getPath().value()));
        return exchange.getPrincipal()
                .map(p -> p instanceof Authentication a ? roles(a) : "none")
                .defaultIfEmpty("none")
                .flatMap(roles -> problems.write(
                        exchange,
                        ProblemType.FORBIDDEN,
                        "Your role (" + roles
                                + ") may not use " + request.getMethod() + " "
                                + request.getPath().value()
                                + "; it is for: " + allowed + "."));
    }

    static String roles(Authentication a) {
        var roles = roleList(a);
        return roles.isEmpty() ? "none" : String.join(", ", roles);
    }

    static List<String> roleList(Authentication a) {
        return a.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(r -> r.startsWith("ROLE_"))
                .map(r -> r.substring(5))
                .sorted()
                .toList();
    }
}
