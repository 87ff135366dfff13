package dev.anchorgraph.loader.industry;

import dev.anchorgraph.loader.LoaderException;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.loader.GraphLoader;
import dev.anchorgraph.loader.graph.ImportGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Loads the GB/T 4754-2017 industry classification as {@code (:Industry)-[:PART_OF]->(:Industry)}. */
@Command(name = "load-industries", mixinStandardHelpOptions = true,
        description = "Loads the GB/T 4754-2017 industry classification (bundled, or --file) into the graph.")
public final class LoadIndustriesCommand implements Callable<Integer> {

    static final String WRITE = """
            UNWIND $rows AS row
            MERGE (i:Industry {code: row.code})
            SET i.name = row.name, i.level = row.level
            WITH i, row WHERE row.parentCode IS NOT NULL
            MERGE (p:Industry {code: row.parentCode})
            MERGE (i)-[:PART_OF]->(p)
            """;

    @Spec
    CommandSpec spec;

    @ParentCommand
    GraphLoader loader;

    @Option(names = "--file", description = "A classification CSV (code, level, name, parent_code); default: the bundled copy.")
    Path file;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var industries = read();
        try (var neo4j = loader.connect(out)) {
            write(neo4j, industries);
        }
        out.printf("Loaded %d industries (%s).%n", industries.size(), file == null ? "bundled GB/T 4754-2017" : file);
        return 0;
    }

    private List<Industry> read() throws IOException {
        if (file == null) {
            return IndustryClassification.bundled();
        }
        if (!Files.isReadable(file)) {
            throw new LoaderException("Cannot read " + file);
        }
        try (var in = Files.newInputStream(file)) {
            return IndustryClassification.read(in, file.toString());
        }
    }

    /** Loads the bundled classification unless the graph has one already (a load links companies to it). */
    public static boolean ensureLoaded(Neo4jConnection neo4j) {
        try (var session = neo4j.driver().session(neo4j.session())) {
            if (session.run("MATCH (i:Industry) RETURN count(i) > 0 AS present").single().get("present").asBoolean()) {
                return false;
            }
        }
        write(neo4j, IndustryClassification.bundled());
        return true;
    }

    /** What {@link #WRITE} does with the bundled classification, done to the in-memory graph of a bulk load. */
    public static void addBundled(ImportGraph graph) {
        for (var row : rows(IndustryClassification.bundled())) {
            var i = graph.merge("Industry", "code", (String) row.get("code"));
            i.set("name", row.get("name"));
            i.set("level", row.get("level"));
            if (row.get("parentCode") != null) {
                graph.merge(i, "PART_OF", graph.merge("Industry", "code", (String) row.get("parentCode")));
            }
        }
    }

    static void write(Neo4jConnection neo4j, List<Industry> industries) {
        var rows = rows(industries);
        try (var session = neo4j.driver().session(neo4j.session())) {
            session.executeWriteWithoutResult(tx -> tx.run(WRITE, Map.of("rows", rows)).consume());
        }
    }

    /** Parents first (sorted by level), so each batch finds the parents it links to already named. */
    private static List<java.util.HashMap<String, Object>> rows(List<Industry> industries) {
        return industries.stream()
                .sorted(java.util.Comparator.comparingInt(Industry::level))
                .map(i -> {
                    var row = new java.util.HashMap<String, Object>();
                    row.put("code", i.code());
                    row.put("name", i.name());
                    row.put("level", i.level());
                    row.put("parentCode", i.parentCode());
                    return row;
                }).toList();
    }
}
