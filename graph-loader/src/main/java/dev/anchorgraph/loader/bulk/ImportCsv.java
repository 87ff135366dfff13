package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.loader.LoaderException;
import dev.anchorgraph.loader.graph.ImportGraph;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;

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
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * The files written; which of them have values spanning lines (the tool must be told); the node kinds and
     * relationship types with empty lists to restore.
     */
    record Written(Path dir, List<Path> nodeFiles, List<Path> relationshipFiles, List<Path> multilineFiles,
                   long nodes, long relationships, Set<String> emptyListKinds, Set<String> emptyListTypes) {}

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
            var columns = new Columns(kind);
            graph.nodes(kind).forEach(n -> columns.add(n.properties()));
            var file = dir.resolve("nodes-" + kind + ".csv");
            try (var out = new Output(file)) {
                out.header(":ID,:LABEL", columns);
                for (var n : graph.nodes(kind)) {
                    out.raw(Long.toString(n.id())).raw(",").raw(String.join(String.valueOf(ARRAY_DELIMITER), n.labels()));
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
        var byType = new LinkedHashMap<String, Columns>();
        long relationships = 0;
        for (var it = graph.relationships(); it.hasNext(); relationships++) {
            var r = it.next();
            byType.computeIfAbsent(r.type(), Columns::new).add(r.properties());
        }
        var outputs = new LinkedHashMap<String, Output>();
        var relationshipFiles = new ArrayList<Path>();
        try {
            for (var e : byType.entrySet()) {
                var file = dir.resolve("relationships-" + e.getKey() + ".csv");
                var out = new Output(file);
                outputs.put(e.getKey(), out);
                relationshipFiles.add(file);
                out.header(":START_ID,:END_ID,:TYPE", e.getValue());
            }
            for (var it = graph.relationships(); it.hasNext(); ) {
                var r = it.next();
                var out = outputs.get(r.type());
                out.raw(Long.toString(r.start().id())).raw(",").raw(Long.toString(r.end().id())).raw(",").raw(r.type());
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
        return new Written(dir, nodeFiles, relationshipFiles, List.copyOf(multiline), graph.nodeCount(), relationships,
                emptyListKinds, emptyListTypes);
    }

    /** The property columns of one file, by name, with the import tool's type of each. */
    private static final class Columns {
        final String owner;
        final Map<String, String> types = new TreeMap<>();
        final Map<String, Class<?>> classes = new java.util.HashMap<>();
        boolean emptyLists;

        Columns(String owner) {
            this.owner = owner;
        }

        void add(Map<String, Object> properties) {
            properties.forEach((name, value) -> {
                if (value.getClass() == classes.get(name) && !(value instanceof List)) {
                    return; // the common case, already typed
                }
                var type = type(value, owner, name);
                if (type == null) {
                    emptyLists = true;
                } else {
                    var before = types.putIfAbsent(name, type);
                    if (before != null && !before.equals(type)) {
                        throw new IllegalStateException(owner + "." + name + " has values of types " + before + " and " + type);
                    }
                    classes.putIfAbsent(name, value.getClass());
                }
            });
        }
    }

    /** The import tool's type of a value, or {@code null} for an empty list. */
    static String type(Object value, String owner, String name) {
        return switch (value) {
            case String s -> "string";
            case Boolean b -> "boolean";
            case Long l -> "long";
            case Integer i -> "long";
            case Double d -> "double";
            case LocalDate d -> "date";
            case ZonedDateTime t -> "datetime";
            case OffsetDateTime t -> "datetime";
            case List<?> list when list.isEmpty() -> null;
            case List<?> list -> {
                var element = type(list.getFirst(), owner, name);
                if (element == null || element.endsWith("[]")) {
                    throw new IllegalStateException(owner + "." + name + ": a list of lists");
                }
                for (var v : list) {
                    if (v == null || v.getClass() != list.getFirst().getClass()) {
                        throw new IllegalStateException(owner + "." + name + ": a list with mixed or null elements " + list);
                    }
                }
                yield element + "[]";
            }
            default -> throw new IllegalStateException(owner + "." + name + ": no import type for " + value.getClass().getName());
        };
    }

    /** One CSV file being written. */
    private static final class Output implements AutoCloseable {
        final Writer out;
        boolean multiline;

        Output(Path file) throws IOException {
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        }

        void header(String fixed, Columns columns) {
            raw(fixed);
            columns.types.forEach((name, type) -> raw(",").raw(name).raw(":").raw(type));
            if (columns.emptyLists) {
                raw(",").raw(EMPTY_LISTS).raw(":string[]");
            }
            newLine();
        }

        Output values(Columns columns, Map<String, Object> properties, String owner) {
            for (var name : columns.types.keySet()) {
                raw(",");
                var value = properties.get(name);
                if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                    value(value, owner, name);
                }
            }
            if (columns.emptyLists) {
                var empty = new TreeSet<String>();
                properties.forEach((name, value) -> {
                    if (value instanceof List<?> l && l.isEmpty()) {
                        empty.add(name);
                    }
                });
                raw(",");
                if (!empty.isEmpty()) {
                    value(List.copyOf(empty), owner, EMPTY_LISTS);
                }
            }
            return this;
        }

        private void value(Object value, String owner, String name) {
            switch (value) {
                case String s -> quoted(s);
                case LocalDate d -> raw(d.toString());
                case ZonedDateTime t -> raw(DATETIME.format(t));
                case OffsetDateTime t -> raw(DATETIME.format(t));
                case Double d when d.isNaN() || d.isInfinite() -> throw new IllegalStateException(owner + "." + name + " is " + d);
                case List<?> list -> list(list, owner, name);
                default -> raw(value.toString());
            }
        }

        private void list(List<?> list, String owner, String name) {
            var joined = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    joined.append(ARRAY_DELIMITER);
                }
                var text = switch (list.get(i)) {
                    case LocalDate d -> d.toString();
                    case ZonedDateTime t -> DATETIME.format(t);
                    case OffsetDateTime t -> DATETIME.format(t);
                    case Object o -> o.toString();
                };
                if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                    throw new LoaderException(owner + "." + name + " holds a value with the character U+001F, which the import "
                            + "format uses between list elements: " + list + ". Load these files with `load` instead.");
                }
                joined.append(text);
            }
            if (list.size() == 1 && joined.isEmpty()) {
                throw new LoaderException(owner + "." + name + " is a list of one empty string, which the import format cannot "
                        + "tell from no value. Load these files with `load` instead.");
            }
            if (list.getFirst() instanceof String) {
                quoted(joined.toString());
            } else {
                raw(joined.toString());
            }
        }

        private void quoted(String s) {
            if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                multiline = true;
            }
            raw("\"").raw(s.indexOf('"') >= 0 ? s.replace("\"", "\"\"") : s).raw("\"");
        }

        Output raw(String s) {
            try {
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Output newLine() {
            return raw("\n");
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
