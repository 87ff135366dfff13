package dev.anchorgraph.loader.csv;

import dev.anchorgraph.cli.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An input file opened for one pass: RFC 4180 CSV with a header row, in the given encoding (UTF-8 or GB18030),
 * a leading byte-order mark skipped. Opening checks the header: a missing required column fails the file at once;
 * unknown columns are listed for one warning. Iterating yields {@link Row}s with the line each starts on; a row
 * whose field count differs from the header's is rejected here, before any parser sees it.
 */
public final class CsvFile implements AutoCloseable, Iterable<Row> {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final Path path;
    private final CSVParser parser;
    private final Map<String, Integer> header;
    private final int columns;
    private final List<String> unknownColumns;

    private CsvFile(
            Path path, CSVParser parser, Map<String, Integer> header, int columns, List<String> unknownColumns) {
        this.path = path;
        this.parser = parser;
        this.header = header;
        this.columns = columns;
        this.unknownColumns = unknownColumns;
    }

    public static CsvFile open(Path path, Charset charset, FileSpec spec) {
        try {
            var reader = skipByteOrderMark(
                    new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset), 1 << 16));
            var parser = CSVParser.parse(reader, FORMAT);
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                parser.close();
                throw new UserInputException(path + ": the file is empty; a header row is required");
            }
            var header = new HashMap<String, Integer>();
            var unknown = new ArrayList<String>();
            var names = iterator.next();
            for (int i = 0; i < names.size(); i++) {
                var name = names.get(i).strip().toLowerCase(Locale.ROOT);
                header.putIfAbsent(name, i);
                if (!spec.knows(name)) {
                    unknown.add(name);
                }
            }
            var missing =
                    spec.required().stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                parser.close();
                throw new UserInputException(path + ": missing required column(s) " + missing + "; the header has "
                        + names.toList() + " (check the delimiter is a comma and the encoding is right)");
            }
            return new CsvFile(path, parser, Map.copyOf(header), names.size(), List.copyOf(unknown));
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException(path + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static Reader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    public List<String> unknownColumns() {
        return unknownColumns;
    }

    /**
     * Rows in file order. A structural CSV error (an unclosed quote) stops the file with its line: past it, no
     * row boundary can be trusted.
     */
    @Override
    public Iterator<Row> iterator() {
        var records = parser.iterator();
        return new Iterator<>() {
            long nextLine = 2;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw new UserInputException(path + " near line " + nextLine + ": " + e.getMessage(), e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                var row = new Row(nextLine, header, columns, record);
                nextLine = parser.getCurrentLineNumber() + 1;
                return row;
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
