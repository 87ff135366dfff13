package dev.anchorgraph.service.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys this service accepts, by the SHA-256 of the key. Keys are 256 random bits, so a plain (unsalted,
 * fast) hash is enough to make the configuration useless to whoever reads it, and costs a microsecond per request
 * where a password hash (bcrypt, argon2) would cost milliseconds (ADR 0005).
 */
final class ApiKeys {

    static final String HEADER = "X-API-Key";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** One digest per thread: looking the algorithm up costs more than hashing a key. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Map<String, ApiKey> byHash;

    private ApiKeys(Map<String, ApiKey> byHash) {
        this.byHash = byHash;
    }

    /** The keys of the property list and of the file (one entry a line, {@code #} comments), plus the demo key. */
    static ApiKeys of(List<String> entries, Path file, Optional<DemoKey> demo) {
        var keys = new HashMap<String, ApiKey>();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isBlank()) {
                add(keys, ApiKey.parse(entries.get(i), "anchorgraph.security.api-keys[" + i + "]"));
            }
        }
        if (file != null) {
            try {
                var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    var line = lines.get(i).strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        add(keys, ApiKey.parse(line, file + " line " + (i + 1)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the API key file " + file, e);
            }
        }
        demo.ifPresent(d -> add(keys, new ApiKey(sha256(d.key()), Role.ADMIN, DemoKey.NAME)));
        return new ApiKeys(Map.copyOf(keys));
    }

    private static void add(Map<String, ApiKey> keys, ApiKey key) {
        if (keys.putIfAbsent(key.sha256(), key) != null) {
            throw new IllegalStateException("The API key of '" + key.name() + "' is configured twice");
        }
    }

    Optional<ApiKey> find(String presented) {
        return Optional.ofNullable(byHash.get(sha256(presented)));
    }

    boolean isEmpty() {
        return byHash.isEmpty();
    }

    int size() {
        return byHash.size();
    }

    /** A new key: {@code ag_} and 256 random bits, URL-safe. */
    static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ag_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the key's UTF-8 bytes: what {@code printf %s KEY | sha256sum} prints. */
    static String sha256(String key) {
        return HexFormat.of().formatHex(SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8)));
    }
}
