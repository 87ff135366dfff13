package dev.anchorgraph.loader.person;

import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where the pseudonym key comes from: the environment variable {@code ANCHORGRAPH_PSEUDONYM_KEY} (at least 16
 * characters) if set; otherwise a key file (default {@code ./data/pseudonym.key}), created with a fresh random key
 * on first use (owner-only permissions). Production deployments set the variable from their secret store.
 */
public final class PseudonymKey {

    public static final String ENV = "ANCHORGRAPH_PSEUDONYM_KEY";

    private PseudonymKey() {}

    public static Pseudonyms resolve(Map<String, String> env, Path keyFile, PrintWriter out) {
        var fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Pseudonyms(fromEnv.strip().getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                var key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(keyFile, HexFormat.of().formatHex(key) + "\n");
                try {
                    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the file's folder must be protected instead
                }
                out.println("Created a new pseudonym key in " + keyFile + " (keep it: the same people need the same key"
                        + " in every load; or set " + ENV + ").");
            }
            return new Pseudonyms(
                    HexFormat.of().parseHex(Files.readString(keyFile).strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException("Cannot use the pseudonym key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** Records the key's check value on first use; refuses a different key later. */
    public static void verify(Neo4jConnection neo4j, Pseudonyms pseudonyms) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            var stored = s.executeWrite(tx -> tx.run("""
                    MERGE (k:LoaderSetting {name: 'pseudonymKeyCheck'})
                    ON CREATE SET k.value = $check, k.createdAt = datetime()
                    RETURN k.value AS value
                    """, Map.of("check", pseudonyms.keyCheck()))
                    .single()
                    .get("value")
                    .asString());
            if (!stored.equals(pseudonyms.keyCheck())) {
                throw new UserInputException("This database was loaded with a different pseudonym key (check " + stored
                        + ", this key " + pseudonyms.keyCheck() + "); the same people would get new ids. Use the "
                        + "original key (" + ENV + " or the key file).");
            }
        }
    }
}
