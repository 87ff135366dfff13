package dev.anchorgraph.loader.money;

import dev.anchorgraph.cli.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CNY per one unit of each currency, read from a rates table shipped as data ({@code reference/fx_rates.csv}) or the
 * user's own ({@code --fx-rates FILE}). The table says the date of its rates and their source in {@code # as_of:} and
 * {@code # source:} lines, so that a CNY equivalent can always be traced to the rate it used.
 */
public record FxRates(LocalDate asOf, String source, Map<String, BigDecimal> cnyPerUnit) {

    public static final String SHIPPED = "/reference/fx_rates.csv";

    public FxRates {
        cnyPerUnit = Map.copyOf(cnyPerUnit);
    }

    /** The user's table, or the shipped one when {@code file} is {@code null}. */
    public static FxRates load(Path file) {
        try (var in = file == null
                ? new BufferedReader(
                        new InputStreamReader(FxRates.class.getResourceAsStream(SHIPPED), StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file == null ? SHIPPED : file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FxRates parse(BufferedReader in, String name) throws IOException {
        LocalDate asOf = null;
        String source = null;
        var rates = new TreeMap<String, BigDecimal>();
        String line;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (line.startsWith("# as_of:")) {
                asOf = LocalDate.parse(line.substring(8).strip());
            } else if (line.startsWith("# source:")) {
                source = line.substring(9).strip();
            } else if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("currency,")) {
                var cells = line.split(",", -1);
                try {
                    rates.put(cells[0].strip().toUpperCase(Locale.ROOT), new BigDecimal(cells[1].strip()));
                } catch (RuntimeException e) {
                    throw new UserInputException(name + ": '" + line + "' is not 'currency,cny_per_unit'");
                }
            }
        }
        if (asOf == null || source == null) {
            throw new UserInputException(
                    name + ": a rates table states its date and source ('# as_of: YYYY-MM-DD', " + "'# source: …')");
        }
        rates.put("CNY", BigDecimal.ONE);
        return new FxRates(asOf, source, rates);
    }

    public boolean knows(String currency) {
        return cnyPerUnit.containsKey(currency);
    }

    /** The CNY equivalent to the fen, or {@code null} without a rate. */
    public BigDecimal toCny(BigDecimal amount, String currency) {
        var rate = cnyPerUnit.get(currency);
        return rate == null ? null : amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }
}
