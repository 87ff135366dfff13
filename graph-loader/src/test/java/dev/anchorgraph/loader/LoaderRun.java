package dev.anchorgraph.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorgraph.generator.GraphGenerator;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.neo4j.driver.Record;

/** Runs graph-loader commands in-process against the test Neo4j, and reads back what they did. */
public record LoaderRun(int exitCode, String output, Path reportDir) {

    public static final TestNeo4j.Instance NEO4J = TestNeo4j.get();

    /** {@code load --input input} with a report folder and a pseudonym key file under {@code work}. */
    public static LoaderRun load(Path input, Path work, String... extra) {
        return load(cli -> {}, input, work, extra);
    }

    /** Like {@link #load(Path, Path, String...)}, with a hook to reach into the commands before they run. */
    public static LoaderRun load(Consumer<picocli.CommandLine> customise, Path input, Path work, String... extra) {
        return load(GraphLoader.commandLine(NEO4J.settings()), customise, input, work, extra);
    }

    /** Like {@link #load(Path, Path, String...)} with a command line of the test's own (another route to Neo4j). */
    public static LoaderRun load(
            picocli.CommandLine cli, Consumer<picocli.CommandLine> customise, Path input, Path work, String... extra) {
        var reportDir = work.resolve("report-" + System.nanoTime());
        var args = new ArrayList<>(List.of(
                "load",
                "--input",
                input.toString(),
                "--report-dir",
                reportDir.toString(),
                "--pseudonym-key-file",
                work.resolve("pseudonym.key").toString()));
        args.addAll(List.of(extra));
        return run(cli, customise, reportDir, args.toArray(String[]::new));
    }

    public static LoaderRun run(Consumer<picocli.CommandLine> customise, Path reportDir, String... args) {
        return run(GraphLoader.commandLine(NEO4J.settings()), customise, reportDir, args);
    }

    /** Runs graph-generator's command line in-process (e.g. {@code generate --output …}) for tests that load its files. */
    public static LoaderRun generate(Path reportDir, String... args) {
        return run(GraphGenerator.commandLine(), cli -> {}, reportDir, args);
    }

    /** Runs a command against the database of {@code settings} (another store than the shared test database). */
    public static LoaderRun run(
            dev.anchorgraph.neo4j.Neo4jSettings settings,
            Consumer<picocli.CommandLine> customise,
            Path reportDir,
            String... args) {
        return run(GraphLoader.commandLine(settings), customise, reportDir, args);
    }

    private static LoaderRun run(
            picocli.CommandLine commandLine, Consumer<picocli.CommandLine> customise, Path reportDir, String... args) {
        var out = new StringWriter();
        var cli = commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true));
        customise.accept(cli);
        var exit = cli.execute(args);
        return new LoaderRun(exit, out.toString(), reportDir);
    }

    public JsonNode report() {
        try {
            return new ObjectMapper()
                    .readTree(reportDir.resolve("load-report.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode file(String name) {
        for (var f : report().get("files")) {
            if (f.get("file").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no " + name + " in the report:\n" + output);
    }

    public List<String> rejects(String fileName) throws IOException {
        return Files.readAllLines(reportDir.resolve(fileName));
    }

    public static List<Record> query(String cypher, Map<String, Object> parameters) {
        return query(NEO4J.driver(), cypher, parameters);
    }

    private static List<Record> query(org.neo4j.driver.Driver driver, String cypher, Map<String, Object> parameters) {
        try (var s = driver.session(NEO4J.settings().sessionConfig())) {
            return s.run(cypher, parameters).list();
        }
    }

    public static List<Record> query(String cypher) {
        return query(cypher, Map.of());
    }

    /**
     * Every node and relationship with its labels, type and properties, as sorted text: two graphs are the same
     * when their exports are equal. Load bookkeeping (progress, timestamps) is left out.
     */
    public static List<String> export() {
        return export(NEO4J.driver());
    }

    /** {@link #export()} of another database. */
    public static List<String> export(org.neo4j.driver.Driver driver) {
        var lines = new ArrayList<String>();
        query(driver, """
                MATCH (n) WHERE NOT n:LoadProgress AND NOT n:SchemaMigration AND NOT n:LoaderSetting
                RETURN labels(n) AS labels, properties(n) AS props
                """, Map.of())
                .forEach(r -> lines.add(new TreeSet<>(r.get("labels").asList(Object::toString)) + " "
                        + new TreeMap<>(r.get("props").asMap())));
        query(driver, """
                MATCH (a)-[r]->(b)
                RETURN coalesce(a.uscc, a.id, a.caseNo, a.code, a.key) AS a, type(r) AS type, properties(r) AS props,
                       coalesce(b.uscc, b.id, b.caseNo, b.code, b.key) AS b
                """, Map.of())
                .forEach(r ->
                        lines.add(r.get("a").asString() + " -" + r.get("type").asString()
                                + new TreeMap<>(r.get("props").asMap()) + "-> "
                                + r.get("b").asString()));
        lines.sort(null);
        return lines;
    }
}
