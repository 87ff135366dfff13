package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.loader.graph.ImportGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes an {@link ImportGraph} in the CSV format of Neo4j's import tool ({@code neo4j-admin database import full}):
 * one file per node kind ({@code nodes-Company.csv}: {@code :ID,:LABEL,uscc:string,…}) and per relationship type
 * ({@code relationships-SUPPLIES.csv}: {@code :START_ID,:END_ID,:TYPE,…}), integer ids, every string quoted (so an
 * empty string stays one, and an empty field is an absent property), array elements split by U+001F, which no
 * value of ours contains (checked).
 *
 * <p>One thing the format cannot say is an empty list: the tool leaves the property out (neo4j/neo4j#13566), while
 * the loader's Cypher stores {@code []} (a pair with only void invoices has no months). Such properties are named
 * in a {@value #EMPTY_LISTS} list on the node or relationship, which {@link BulkFinish} turns into {@code []}.
 */
final class ImportCsv {

    static final char ARRAY_DELIMITER = '\u001F';
    static final String ARRAY_DELIMITER_OPTION = "U+001F";
    static final String EMPTY_LISTS = "_emptyLists";

    /**
     * The files written; which of them have values spanning lines (the tool must be told); the node kinds and
     * relationship types with empty lists to restore.
     */
    record Written(
            Path dir,
            List<Path> nodeFiles,
            List<Path> relationshipFiles,
            List<Path> multilineFiles,
            long nodes,
            long relationships,
            Set<String> emptyListKinds,
            Set<String> emptyListTypes) {}

    private final List<Path> multiline = new ArrayList<>();

    private ImportCsv() {}

    static Written write(ImportGraph graph, Path dir) {
        try {
            Files.createDirectories(dir);
            return new ImportCsv().writeAll(graph, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Written writeAll(ImportGraph graph, Path dir) throws IOException {
        var nodeFiles = new ArrayList<Path>();
        var emptyListKinds = new TreeSet<String>();
        for (var kind : graph.kinds()) {
            var columns = new ImportColumns(kind);
            graph.nodes(kind).forEach(n -> columns.add(n.properties()));
            var file = dir.resolve("nodes-" + kind + ".csv");
            try (var out = new ImportFileWriter(file)) {
                out.header(":ID,:LABEL", columns);
                for (var n : graph.nodes(kind)) {
                    out.raw(Long.toString(n.id()))
                            .raw(",")
                            .raw(String.join(String.valueOf(ARRAY_DELIMITER), n.labels()));
                    out.values(columns, n.properties(), kind).newLine();
                }
                if (out.multiline) {
                    multiline.add(file);
                }
            }
            if (columns.emptyLists) {
                emptyListKinds.add(kind);
            }
            nodeFiles.add(file);
        }
        var byType = new LinkedHashMap<String, ImportColumns>();
        long relationships = 0;
        for (var it = graph.relationships(); it.hasNext(); relationships++) {
            var r = it.next();
            byType.computeIfAbsent(r.type(), ImportColumns::new).add(r.properties());
        }
        var outputs = new LinkedHashMap<String, ImportFileWriter>();
        var relationshipFiles = new ArrayList<Path>();
        try {
            for (var e : byType.entrySet()) {
                var file = dir.resolve("relationships-" + e.getKey() + ".csv");
                var out = new ImportFileWriter(file);
                outputs.put(e.getKey(), out);
                relationshipFiles.add(file);
                out.header(":START_ID,:END_ID,:TYPE", e.getValue());
            }
            for (var it = graph.relationships(); it.hasNext(); ) {
                var r = it.next();
                var out = outputs.get(r.type());
                out.raw(Long.toString(r.start().id()))
                        .raw(",")
                        .raw(Long.toString(r.end().id()))
                        .raw(",")
                        .raw(r.type());
                out.values(byType.get(r.type()), r.properties(), r.type()).newLine();
            }
        } finally {
            for (var e : outputs.entrySet()) {
                e.getValue().close();
                if (e.getValue().multiline) {
                    multiline.add(dir.resolve("relationships-" + e.getKey() + ".csv"));
                }
            }
        }
        var emptyListTypes = new TreeSet<String>();
        byType.forEach((type, columns) -> {
            if (columns.emptyLists) {
                emptyListTypes.add(type);
            }
        });
        return new Written(
                dir,
                nodeFiles,
                relationshipFiles,
                List.copyOf(multiline),
                graph.nodeCount(),
                relationships,
                emptyListKinds,
                emptyListTypes);
    }
}
