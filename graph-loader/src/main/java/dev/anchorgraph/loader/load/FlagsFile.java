package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.csv.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code <file>.flags.csv} beside the rejects: {@code line, flag, message} for every flag of a loaded row (an optional
 * value dropped, a USCC failing its checksum…), so a user can see what was loaded with less than the file said.
 * Created on the first flag only.
 */
final class FlagsFile implements AutoCloseable {

    private final Path path;
    private CSVPrinter printer;

    FlagsFile(Path path) {
        this.path = path;
    }

    void write(Row row) {
        var flags = row.flags();
        if (flags.isEmpty()) {
            return;
        }
        try {
            if (printer == null) {
                Files.createDirectories(path.getParent());
                printer = new CSVPrinter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), CSVFormat.RFC4180);
                printer.printRecord(List.of("line", "flag", "message"));
            }
            for (int i = 0; i < flags.size(); i++) {
                printer.printRecord(row.line(), flags.get(i), row.flagMessages().get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
