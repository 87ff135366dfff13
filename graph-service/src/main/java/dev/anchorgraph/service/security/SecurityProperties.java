package dev.anchorgraph.service.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the API (docs/access.md). JWT issuer or public key are Spring Boot's own
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 *
 * @param apiKeys     entries {@code sha256:role:name}; comma-separated in {@code ANCHORGRAPH_SECURITY_API_KEYS}
 * @param apiKeysFile a file of such entries, one a line, {@code #} comments
 * @param demoKey     in embedded mode, make up an admin key at start and print it
 * @param jwt         how roles are read from a bearer token
 * @param cors        browser origins (other than this service's own) allowed to call the API; none by default
 */
@ConfigurationProperties("anchorgraph.security")
record SecurityProperties(
        @DefaultValue List<String> apiKeys,
        Path apiKeysFile,
        @DefaultValue("true") boolean demoKey,
        @DefaultValue Jwt jwt,
        @DefaultValue Cors cors) {

    /** @param rolesClaim the claim listing the caller's roles (an array, or a space-separated string) */
    record Jwt(@DefaultValue("roles") String rolesClaim) {}

    /** @param allowedOrigins e.g. {@code https://console.bank.example}; empty: no cross-origin calls */
    record Cors(@DefaultValue List<String> allowedOrigins) {}
}
