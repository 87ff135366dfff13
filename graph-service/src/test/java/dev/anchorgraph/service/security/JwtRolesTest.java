package dev.anchorgraph.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtRolesTest {

    @Test
    void rolesComeFromTheRolesClaimAndFromScopesThatAreRoleNames() {
        var auth = new JwtRoles("roles")
                .convert(jwt(Map.of("roles", List.of("analyst", "teller"), "scope", "openid risk-reader")))
                .block();
        assertThat(auth.getName()).isEqualTo("alice");
        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_analyst", "ROLE_risk-reader");
    }

    @Test
    void theRolesClaimIsConfigurableAndMayBeASpaceSeparatedString() {
        var auth = new JwtRoles("anchorgraph_roles")
                .convert(jwt(Map.of("anchorgraph_roles", "prospector admin", "roles", List.of("analyst"))))
                .block();
        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_prospector", "ROLE_admin");
    }

    @Test
    void aTokenWithoutRolesHasNone() {
        var auth = new JwtRoles("roles")
                .convert(jwt(Map.of("scope", "openid profile")))
                .block();
        assertThat(auth.getAuthorities()).isEmpty();
        assertThat(auth.isAuthenticated()).isTrue();
    }

    @Test
    void roleNamesAreExact() {
        var auth = new JwtRoles("roles")
                .convert(jwt(Map.of("roles", List.of("Admin", "ADMIN", " admin2"))))
                .block();
        assertThat(auth.getAuthorities()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("alice")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
