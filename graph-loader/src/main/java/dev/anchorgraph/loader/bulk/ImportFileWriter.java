package dev.anchorgraph.loader.bulk;

import static dev.anchorgraph.loader.bulk.ImportCsv.ARRAY_DELIMITER;
import static dev.anchorgraph.loader.bulk.ImportCsv.EMPTY_LISTS;

import dev.anchorgraph.cli.UserInputException;
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
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One import CSV file being written: the header, then a row per entity, values in the header's columns; strings
 * quoted (an empty one stays one, an absent property is an empty field), list elements joined by U+001F. Notes whether
 * any value spans lines.
 */
final class ImportFileWriter implements AutoCloseable {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Writer out;
    boolean multiline;

    ImportFileWriter(Path file) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    void header(String fixed, ImportColumns columns) {
        raw(fixed);
        columns.types.forEach((name, type) -> raw(",").raw(name).raw(":").raw(type));
        if (columns.emptyLists) {
            raw(",").raw(EMPTY_LISTS).raw(":string[]");
        }
        newLine();
    }

    ImportFileWriter values(ImportColumns columns, Map<String, Object> properties, String owner) {
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
            case Double d
            when d.isNaN() || d.isInfinite() -> throw new IllegalStateException(owner + "." + name + " is " + d);
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
                throw new UserInputException(owner + "." + name
                        + " holds a value with the character U+001F, which the import "
                        + "format uses between list elements: " + list + ". Load these files with `load` instead.");
            }
            joined.append(text);
        }
        if (list.size() == 1 && joined.isEmpty()) {
            throw new UserInputException(
                    owner + "." + name + " is a list of one empty string, which the import format cannot "
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

    ImportFileWriter raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ImportFileWriter newLine() {
        return raw("\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
