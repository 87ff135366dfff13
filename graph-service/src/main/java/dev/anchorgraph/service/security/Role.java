package dev.anchorgraph.service.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a caller may do. Each API key is bound to one role; a JWT carries its roles in a claim. The routes each role
 * may use are in {@link AccessRules}; {@code admin} may use every route.
 */
public enum Role {
    RISK_READER("risk-reader"),
    PROSPECTOR("prospector"),
    ANALYST("analyst"),
    ADMIN("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The name used in configuration, tokens and the audit log, e.g. {@code risk-reader}. */
    public String id() {
        return id;
    }

    /** The Spring Security authority ({@code ROLE_risk-reader}), as {@code hasRole("risk-reader")} expects. */
    SimpleGrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + id);
    }

    static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
