package dev.anchorgraph.analytics.backtest;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;

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
            }
        }
        return result;
    }
}
