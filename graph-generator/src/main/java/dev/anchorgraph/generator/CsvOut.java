package dev.anchorgraph.generator;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;

/** One output file: UTF-8, RFC 4180 (CRLF, quotes only where needed), header first; counts the rows written. */
final class CsvOut implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    /**
     * Rows are formatted into a plain buffer that goes to the file in large chunks: a CSVPrinter on a writer takes a
     * lock for every field and the writer another for every append, which made up most of the run time.
     */
    private static final int CHUNK = 1 << 16;

    private final String file;
    private final Writer writer;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    private CsvOut(String file, Writer writer, String... header) throws IOException {
        this.file = file;
        this.writer = writer;
        FORMAT.printRecord(buffer, (Object[]) header);
    }

    static CsvOut open(Path dir, String file, String... header) throws IOException {
        var writer = new OutputStreamWriter(Files.newOutputStream(dir.resolve(file)), StandardCharsets.UTF_8);
        return new CsvOut(file, writer, header);
    }

    void row(Object... values) throws IOException {
        FORMAT.printRecord(buffer, values);
        rows++;
        if (buffer.length() >= CHUNK) {
            drain();
        }
    }

    FileSummary summary() {
        return new FileSummary(file, rows);
    }

    @Override
    public void close() throws IOException {
        try (writer) {
            drain();
        }
    }

    private void drain() throws IOException {
        writer.append(buffer);
        buffer.setLength(0);
    }
}
