package dev.anchorgraph.loader.csv;

import dev.anchorgraph.cli.UserInputException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An input file opened for one pass: CSV (encoding given, or detected) or an .xlsx sheet, its header recognised as
 * our contract or one of the export {@link Formats}. Opening fails the file at once when no format recognises the
 * header. Iterating yields {@link Row}s of contract values with the line each starts on.
 */
public final class CsvFile implements AutoCloseable, Iterable<Row> {

    private final Table table;
    private final Columns columns;
    /** Contract values of the rows read, when repeats are skipped; {@code null} otherwise. */
    private Set<List<String>> seen;

    private long repeated;

    private CsvFile(Table table, Columns columns) {
        this.table = table;
        this.columns = columns;
    }

    /**
     * @param lineItems an invoice line-item export whose goods names complete these invoices, or {@code null}
     */
    public static CsvFile open(Path path, Charset charset, FileSpec spec, Formats formats, Path lineItems) {
        var table = Tables.open(path, charset);
        var columns = formats.recognise(table.header(), spec);
        if (columns == null) {
            table.close();
            var missing = spec.required().stream()
                    .filter(c -> table.header().stream()
                            .noneMatch(h -> Columns.normal(h).equals(c)))
                    .toList();
            throw new UserInputException(path + ": missing required column(s) " + missing + "; the header has "
                    + table.header() + " and no export format recognises it (check the delimiter is a comma and the"
                    + " encoding is right, or describe the columns in a --columns mapping file)");
        }
        if (lineItems != null) {
            columns.lineItems(LineItems.read(lineItems, charset, formats));
        }
        return new CsvFile(table, columns);
    }

    /**
     * The contract files (or {@link ColumnMapping#LINE_ITEMS}) a file stands for by its header; empty: none. One
     * file can stand for several ({@link Formats#targets}).
     */
    public static List<String> recognise(Path path, Charset charset, List<FileSpec> specs, Formats formats) {
        try (var table = Tables.open(path, charset)) {
            return formats.targets(table.header(), specs);
        }
    }

    public static boolean readable(String fileName) {
        return Tables.EXTENSIONS.stream().anyMatch(fileName::endsWith);
    }

    /** The format that recognised the header: {@code contract} or an export format's name. */
    public String format() {
        return columns.format;
    }

    /** Source columns the format reads. */
    public List<String> usedColumns() {
        return List.copyOf(columns.used);
    }

    /**
     * Skips rows whose contract values repeat an earlier row's: a file read for several contract files repeats the
     * values of one in every row of another (a case in each row of its parties). Counted in {@link #repeated()}.
     */
    public CsvFile skippingRepeats() {
        seen = new HashSet<>();
        return this;
    }

    /** Rows skipped as repeats so far. */
    public long repeated() {
        return repeated;
    }

    /** Source columns nothing reads. */
    public List<String> unknownColumns() {
        return List.copyOf(columns.ignored);
    }

    @Override
    public Iterator<Row> iterator() {
        var lines = table.iterator();
        var width = table.header().size();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    var line = lines.next();
                    var values = columns.map(line.cells());
                    if (seen == null || seen.add(List.of(values))) {
                        next = new Row(line.line(), columns.index, width, line.cells(), values);
                    } else {
                        repeated++;
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var row = next;
                next = null;
                return row;
            }
        };
    }

    @Override
    public void close() {
        table.close();
    }
}
