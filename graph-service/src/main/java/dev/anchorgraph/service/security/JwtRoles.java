package dev.anchorgraph.service.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Reads a verified token's roles: the names in the roles claim ({@code roles} unless configured; an array or a
 * space-separated string), and those of the standard {@code scope}/{@code scp} claims that are role names (an
 * issuer that can only grant scopes grants {@code scope=risk-reader}). Names that are no role are ignored; a token
 * with none is authenticated but may use no API route. The caller's name is the subject.
 */
final class JwtRoles implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final String rolesClaim;

    JwtRoles(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        var names = new ArrayList<String>();
        for (var claim : List.of(rolesClaim, "scope", "scp")) {
            names.addAll(values(jwt.getClaims().get(claim)));
        }
        List<GrantedAuthority> authorities = names.stream()
                .map(Role::of)
                .flatMap(Optional::stream)
                .distinct()
                .map(r -> (GrantedAuthority) r.authority())
                .toList();
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    private static List<String> values(Object claim) {
        if (claim instanceof String s) {
            return List.of(s.trim().split("[\\s,]+"));
        }
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
