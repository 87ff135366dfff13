package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.Row;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code <file>.rejects.csv} beside the load report: {@code line, reason, message, raw} for every row that was not
 * loaded. Created on the first reject only; it holds source data, so treat it like the input file.
 */
final class Rejects implements AutoCloseable {

    private final Path path;
    private CSVPrinter printer;

    Rejects(Path path) {
        this.path = path;
    }

    void write(Row row, Reject reject) {
        try {
            if (printer == null) {
                Files.createDirectories(path.getParent());
                BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                printer = new CSVPrinter(out, CSVFormat.RFC4180);
                printer.printRecord(List.of("line", "reason", "message", "raw"));
            }
            printer.printRecord(row.line(), reject.reason().code(), reject.getMessage(), row.raw());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file, or {@code null} when nothing was rejected. */
    Path path() {
        return printer == null ? null : path;
    }

    @Override
    public void close() {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
