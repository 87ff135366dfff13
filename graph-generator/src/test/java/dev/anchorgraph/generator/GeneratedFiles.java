package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/** Runs the command as the tests do and reads back what it wrote. */
final class GeneratedFiles {

    static final String AS_OF = "2026-06-30";

    private GeneratedFiles() {}

    /** Runs {@code generate} into {@code dir} and returns its standard output; fails the test on a non-zero exit. */
    static String generate(Path dir, String... options) {
        var out = new StringWriter();
        var err = new StringWriter();
        var args = Stream.concat(Stream.of("--output", dir.toString()), Stream.of(options))
                .toArray(String[]::new);
        int exit = new CommandLine(new GenerateCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        return out.toString();
    }

    static List<CSVRecord> read(Path dir, String file) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8))) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    static List<String> header(Path dir, String file) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8))) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }
}
