package dev.anchorgraph.loader.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One output file: UTF-8, RFC 4180 (CRLF, quotes only where needed), header first; counts the rows written. */
final class CsvOut implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    private final String file;
    private final CSVPrinter printer;
    private long rows;

    private CsvOut(String file, CSVPrinter printer) {
        this.file = file;
        this.printer = printer;
    }

    static CsvOut open(Path dir, String file, String... header) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(file)),
                StandardCharsets.UTF_8), BUFFER);
        var format = CSVFormat.RFC4180.builder().setHeader(header).get();
        return new CsvOut(file, new CSVPrinter(writer, format));
    }

    void row(Object... values) throws IOException {
        printer.printRecord(values);
        rows++;
    }

    FileSummary summary() {
        return new FileSummary(file, rows);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
