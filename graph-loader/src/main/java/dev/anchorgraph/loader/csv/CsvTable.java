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
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** RFC 4180 CSV with a header row, a leading byte-order mark skipped; {@code null} charset: detected. */
final class CsvTable implements Table {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final Path path;
    private final CSVParser parser;
    private final Iterator<org.apache.commons.csv.CSVRecord> records;
    private final List<String> header;

    CsvTable(Path path, Charset charset) {
        this.path = path;
        try {
            var chosen = charset == null ? Encoding.detect(path) : charset;
            var reader = skipByteOrderMark(
                    new BufferedReader(new InputStreamReader(Files.newInputStream(path), chosen), 1 << 16));
            parser = CSVParser.parse(reader, FORMAT);
            records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new UserInputException(path + ": the file is empty; a header row is required");
            }
            header = records.next().toList();
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

    @Override
    public List<String> header() {
        return header;
    }

    /** A structural CSV error (an unclosed quote) stops the file with its line: past it, no row can be trusted. */
    @Override
    public Iterator<Line> iterator() {
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
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var line = new Line(nextLine, records.next().toList());
                nextLine = parser.getCurrentLineNumber() + 1;
                return line;
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
