package dev.anchorgraph.analytics.backtest;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Observed outcomes, one row per firm: {@code uscc, defaulted (1/0, true/false), observed_on} (the generator's
 * outcomes.csv, or the bank's own). Read by {@code backtest} to measure a model and by {@code fit} to fit one.
 */
public final class Outcomes {

    private Outcomes() {}

    /**
     * @return USCC → defaulted, in USCC order (so whatever iterates it is deterministic)
     * @throws UserInputException when the file cannot be read or a row's {@code defaulted} is not 1/0/true/false
     */
    public static Map<String, Boolean> read(Path outcomes) throws IOException {
        return read(outcomes, row -> {});
    }

    /**
     * Each firm's {@code observed_on} (ISO date), for out-of-time validation: empty when the file has no such column;
     * a firm with a blank date is left out.
     *
     * @throws UserInputException when a date is not yyyy-mm-dd
     */
    public static Map<String, LocalDate> observedOn(Path outcomes) throws IOException {
        var result = new TreeMap<String, LocalDate>();
        read(outcomes, row -> {
            if (!row.isMapped("observed_on") || row.get("observed_on").isBlank()) {
                return;
            }
            try {
                result.put(
                        row.get("uscc").strip(),
                        LocalDate.parse(row.get("observed_on").strip()));
            } catch (DateTimeParseException e) {
                throw new UserInputException(outcomes + " line " + row.getRecordNumber()
                        + ": observed_on must be a date (yyyy-mm-dd): " + row.get("observed_on"));
            }
        });
        return result;
    }

    private static Map<String, Boolean> read(Path outcomes, Consumer<CSVRecord> each) throws IOException {
        if (!Files.isReadable(outcomes)) {
            throw new UserInputException("Cannot read " + outcomes);
        }
        var result = new TreeMap<String, Boolean>();
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(Files.newBufferedReader(outcomes, StandardCharsets.UTF_8))) {
            for (var row : parser) {
                var value = row.get("defaulted").strip().toLowerCase(Locale.ROOT);
                if (!List.of("1", "0", "true", "false").contains(value)) {
                    throw new UserInputException(outcomes + " line " + parser.getCurrentLineNumber()
                            + ": defaulted must be 1/0 or true/false");
                }
                result.put(row.get("uscc").strip(), value.equals("1") || value.equals("true"));
                each.accept(row);
            }
        }
        return result;
    }
}
