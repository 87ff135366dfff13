package dev.anchorgraph.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The API keys the service ITs configure, one per role; {@link ServiceIT}'s WebTestClient sends {@link #ADMIN} unless
 * a test sends another. Configured hashed, as in production.
 */
public final class TestKeys {

    public static final String HEADER = "X-API-Key";
    public static final String ADMIN = "ag_test-admin-0000000000000000000000000000000";
    public static final String RISK_READER = "ag_test-risk-reader-000000000000000000000000";
    public static final String PROSPECTOR = "ag_test-prospector-0000000000000000000000000";
    public static final String ANALYST = "ag_test-analyst-0000000000000000000000000000";

    private TestKeys() {}

    /** Keys by role id, with the names the audit log shows. */
    public static List<String[]> all() {
        return List.of(
                new String[] {ADMIN, "admin", "test-admin"},
                new String[] {RISK_READER, "risk-reader", "test-risk-reader"},
                new String[] {PROSPECTOR, "prospector", "test-prospector"},
                new String[] {ANALYST, "analyst", "test-analyst"});
    }

    /** Configures the keys and the token verifier as a deployment would: hashes and a public key. */
    public static void register(DynamicPropertyRegistry registry) {
        var entries =
                all().stream().map(k -> sha256(k[0]) + ":" + k[1] + ":" + k[2]).toList();
        registry.add("anchorgraph.security.api-keys", () -> String.join(",", entries));
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location", () -> TestTokens.publicKeyLocation());
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
