package dev.anchorgraph.loader.industry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.ingest.Write;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Loads the GB/T 4754-2017 industry classification as {@code (:Industry)-[:PART_OF]->(:Industry)}. */
@Command(
        name = "load-industries",
        mixinStandardHelpOptions = true,
        description = "Loads the GB/T 4754-2017 industry classification (bundled, or --file) into the graph.")
public final class LoadIndustriesCommand implements Callable<Integer> {

    /** An industry, and its link to its parent one level up (merged: parents come first, but need not). */
    static final Write WRITE = Write.of(
            merge("i", "Industry", "code", "code"),
            set("i", prop("name"), prop("level")),
            ifPresent("parentCode", merge("p", "Industry", "code", "parentCode"), relate("i", "PART_OF", "p")));

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Option(
            names = "--file",
            description = "A classification CSV (code, level, name, parent_code); default: the bundled copy.")
    Path file;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var industries = read();
        try (var neo4j = loader.connect(out)) {
            write(neo4j, industries);
        }
        out.printf(
                Locale.ROOT,
                "Loaded %d industries (%s).%n",
                industries.size(),
                file == null ? "bundled GB/T 4754-2017" : file);
        return 0;
    }

    private List<Industry> read() throws IOException {
        if (file == null) {
            return IndustryClassification.bundled();
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException("Cannot read " + file);
        }
        try (var in = Files.newInputStream(file)) {
            return IndustryClassification.read(in, file.toString());
        }
    }

    /** Loads the bundled classification unless the graph has one already (a load links companies to it). */
    public static boolean ensureLoaded(Neo4jConnection neo4j) {
        try (var session = neo4j.driver().session(neo4j.session())) {
            if (session.run("MATCH (i:Industry) RETURN count(i) > 0 AS present")
                    .single()
                    .get("present")
                    .asBoolean()) {
                return false;
            }
        }
        write(neo4j, IndustryClassification.bundled());
        return true;
    }

    /** {@link #WRITE} of the bundled classification, applied to the in-memory graph of a bulk load. */
    public static void addBundled(ImportGraph graph) {
        for (var row : rows(IndustryClassification.bundled())) {
            WRITE.apply(row, graph);
        }
    }

    static void write(Neo4jConnection neo4j, List<Industry> industries) {
        var rows = rows(industries);
        try (var session = neo4j.driver().session(neo4j.session())) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(WRITE.cypher(), Map.of("rows", rows)).consume());
        }
    }

    /** Parents first (sorted by level), so each batch finds the parents it links to already named. */
    private static List<Map<String, Object>> rows(List<Industry> industries) {
        return industries.stream()
                .sorted(Comparator.comparingInt(Industry::level))
                .map(i -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("code", i.code());
                    row.put("name", i.name());
                    row.put("level", i.level());
                    row.put("parentCode", i.parentCode());
                    return row;
                })
                .toList();
    }
}
