package dev.anchorgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The named queries of {@code cypher/queries/} (packaged by this module as classpath resources), for code that runs
 * the same query as the Neo4j Browser guide, {@code graph-loader cypher --file} and the tests do: a query used in more
 * than one place lives in one file there, not in a Java text block (cypher/README.md, "Where Cypher lives").
 *
 * <p>Hold the statement in a {@code static final} field of the class that runs it: a missing file then fails that
 * class, and so the program, at startup rather than on the first request. Each file is read once.
 */
public final class NamedCypher {

    static final String LOCATION = "cypher/queries/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final ConcurrentMap<String, String> STATEMENTS = new ConcurrentHashMap<>();

    private NamedCypher() {}

    /**
     * The statement of {@code cypher/queries/NAME.cypher}: without its header (the leading {@code //} comment lines)
     * and without the closing semicolon, ready to run with its {@code $parameters}.
     *
     * @throws IllegalStateException when there is no such file on the classpath
     */
    public static String statement(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A named query is called like anchor-chain, not " + name);
        }
        return STATEMENTS.computeIfAbsent(name, n -> body(resource(LOCATION + n + ".cypher")));
    }

    /** A query file without its header, the comment lines before the first statement line, and its last semicolon. */
    static String body(String file) {
        var lines = file.strip().lines().toList();
        int first = 0;
        while (first < lines.size()
                && (lines.get(first).startsWith("//") || lines.get(first).isBlank())) {
            first++;
        }
        return String.join("\n", lines.subList(first, lines.size())).strip().replaceAll(";$", "");
    }

    private static String resource(String path) {
        try (InputStream in = NamedCypher.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing named query " + path + " on the classpath (graph-common "
                        + "packages the top-level cypher/queries folder)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
