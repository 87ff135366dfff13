package dev.anchorgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Applies the versioned schema in {@code cypher/schema} ({@code V0001__name.cypher}, …) to a database, each file
 * exactly once, and records it as a {@code (:SchemaMigration {version, description, checksum, appliedAt})} node.
 *
 * <p>Whichever program connects first applies what is missing. Two programs starting at once are safe: every
 * statement is idempotent ({@code IF NOT EXISTS}), and the record is guarded by a unique constraint, so the
 * slower one finds the version already recorded. A recorded migration whose file has changed since is an
 * error: applied migrations are never edited, a new version is added instead (see ADR 0002).
 */
public final class SchemaMigrations {

    static final String LOCATION = "cypher/schema/";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{4})__(\\w+)\\.cypher");

    private final Driver driver;
    private final SessionConfig session;
    private final List<Migration> migrations;

    public SchemaMigrations(Driver driver, SessionConfig session) {
        this(driver, session, loadFromClasspath());
    }

    SchemaMigrations(Driver driver, SessionConfig session, List<Migration> migrations) {
        this.driver = driver;
        this.session = session;
        this.migrations = List.copyOf(migrations);
    }

    /** A migration file: version, description (from the file name), its statements and a checksum of its text. */
    public record Migration(int version, String description, List<String> statements, String checksum) {

        static Migration parse(String fileName, String text) {
            var m = FILE_NAME.matcher(fileName);
            if (!m.matches()) {
                throw new IllegalArgumentException("Schema file name must look like V0001__name.cypher: " + fileName);
            }
            return new Migration(
                    Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), statements(text), sha256(text));
        }

        /** Statements end with a semicolon at the end of a line; whole-line {@code //} comments are dropped. */
        public static List<String> statements(String text) {
            var result = new ArrayList<String>();
            var current = new StringBuilder();
            for (var line : text.split("\\R")) {
                var trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    result.add(current.toString().strip().replaceAll(";$", ""));
                    current.setLength(0);
                }
            }
            if (!current.isEmpty()) {
                result.add(current.toString().strip());
            }
            return result;
        }
    }

    /** What {@link #apply()} did: the versions it applied now, and those it found already applied. */
    public record Result(List<Integer> applied, List<Integer> alreadyApplied) {}

    public List<Migration> migrations() {
        return migrations;
    }

    public Result apply() {
        var applied = new ArrayList<Integer>();
        var already = new ArrayList<Integer>();
        try (var s = driver.session(session)) {
            s.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
                            + "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE")
                    .consume();
            for (var migration : migrations) {
                var recorded = s.run(
                                "MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum",
                                Map.of("version", migration.version()))
                        .list();
                if (!recorded.isEmpty()) {
                    var checksum = recorded.getFirst().get("checksum").asString();
                    if (!checksum.equals(migration.checksum())) {
                        throw new IllegalStateException(String.format(
                                        Locale.ROOT,
                                        "Schema migration V%04d was changed after it was applied ",
                                        migration.version())
                                + "(checksum " + checksum + " in the database, " + migration.checksum()
                                + " in the file); add a new version instead.");
                    }
                    already.add(migration.version());
                    continue;
                }
                for (var statement : migration.statements()) {
                    s.run(statement).consume();
                }
                try {
                    s.run(
                                    "CREATE (:SchemaMigration {version: $version, description: $description, "
                                            + "checksum: $checksum, appliedAt: datetime()})",
                                    Map.of(
                                            "version",
                                            migration.version(),
                                            "description",
                                            migration.description(),
                                            "checksum",
                                            migration.checksum()))
                            .consume();
                    applied.add(migration.version());
                } catch (ClientException e) {
                    if (!e.code().endsWith("ConstraintValidationFailed")) {
                        throw e;
                    }
                    already.add(migration.version()); // another program recorded it a moment ago
                }
            }
        }
        return new Result(applied, already);
    }

    static List<Migration> loadFromClasspath() {
        var result = new ArrayList<Migration>();
        for (var name : resource(LOCATION + "INDEX")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            result.add(Migration.parse(name, resource(LOCATION + name)));
        }
        return result;
    }

    private static String resource(String path) {
        try (InputStream in = SchemaMigrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
