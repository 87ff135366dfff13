package dev.anchorgraph.loader.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A file of {@code cypher/queries/} read as its header promises: {@code // Title:}, one {@code // Parameter: name -
 * what} per parameter (or {@code // Parameters: none}), {@code // Shows:} and {@code // Columns: a, b, …}; a field may
 * go on over indented comment lines. The statement follows the header.
 */
record NamedQuery(
        String name,
        Path file,
        Map<String, String> header,
        List<String> parameters,
        List<String> columns,
        String statement) {

    static final Path FOLDER = Path.of("../cypher/queries");
    private static final Pattern FIELD = Pattern.compile("^// (Title|Parameters?|Shows|Columns): ?(.*)$");
    private static final Pattern USED_PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    static List<NamedQuery> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".cypher"))
                    .sorted()
                    .map(NamedQuery::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NamedQuery read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var header = new LinkedHashMap<String, String>();
        var parameters = new ArrayList<String>();
        String field = null;
        int i = 0;
        for (; i < lines.size() && lines.get(i).startsWith("//"); i++) {
            var m = FIELD.matcher(lines.get(i));
            if (m.matches()) {
                field = m.group(1);
                if (field.equals("Parameter")) {
                    parameters.add(m.group(2).split(" ")[0]);
                }
                header.merge(field, m.group(2).strip(), (a, b) -> a + "\n" + b);
            } else if (field != null && lines.get(i).startsWith("//  ")) {
                header.merge(field, lines.get(i).substring(2).strip(), (a, b) -> a + " " + b);
            } else {
                throw new IllegalStateException(file + ": unexpected header line " + lines.get(i));
            }
        }
        var statement =
                String.join("\n", lines.subList(i, lines.size())).strip().replaceAll(";$", "");
        var columns = header.containsKey("Columns")
                ? Arrays.stream(header.get("Columns").split(","))
                        .map(String::strip)
                        .toList()
                : List.<String>of();
        var name = file.getFileName().toString().replace(".cypher", "");
        return new NamedQuery(name, file, header, List.copyOf(parameters), columns, statement);
    }

    /** The parameters the statement uses, sorted. */
    TreeSet<String> usedParameters() {
        var used = new TreeSet<String>();
        USED_PARAMETER.matcher(statement).results().forEach(m -> used.add(m.group(1)));
        return used;
    }

    @Override
    public String toString() {
        return name;
    }
}
