package dev.anchorgraph.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Signs JWTs as an identity provider would: the service ITs configure the public key of {@link #ISSUER}'s key pair
 * (made for this test JVM); {@link #foreign} signs with another key, which the service must refuse.
 */
public final class TestTokens {

    private static final KeyPair ISSUER = keyPair();
    private static final KeyPair FOREIGN = keyPair();
    private static String location;

    private TestTokens() {}

    /** A token for {@code subject} with these roles in the {@code roles} claim, valid from a minute ago until {@code expires}. */
    public static String token(String subject, List<String> roles, Instant expires) {
        return sign(ISSUER, claims(subject, expires).claim("roles", roles).build());
    }

    public static String token(String subject, List<String> roles) {
        return token(subject, roles, Instant.now().plusSeconds(600));
    }

    /** A token granting roles as OAuth scopes ({@code scope: "risk-reader other"}). */
    public static String scoped(String subject, String scope) {
        return sign(
                ISSUER,
                claims(subject, Instant.now().plusSeconds(600))
                        .claim("scope", scope)
                        .build());
    }

    public static String foreign(String subject, List<String> roles) {
        return sign(
                FOREIGN,
                claims(subject, Instant.now().plusSeconds(600))
                        .claim("roles", roles)
                        .build());
    }

    static synchronized String publicKeyLocation() {
        if (location == null) {
            try {
                var file = Files.createTempFile("anchorgraph-test-issuer", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(
                        file,
                        "-----BEGIN PUBLIC KEY-----\n"
                                + Base64.getMimeEncoder(64, "\n".getBytes())
                                        .encodeToString(ISSUER.getPublic().getEncoded())
                                + "\n-----END PUBLIC KEY-----\n");
                location = file.toUri().toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return location;
    }

    private static JWTClaimsSet.Builder claims(String subject, Instant expires) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("https://idp.test")
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expires));
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
