package dev.anchorgraph.loader.load;

import dev.anchorgraph.cli.BusinessDate;
import dev.anchorgraph.loader.person.PseudonymKey;
import dev.anchorgraph.loader.person.Pseudonyms;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options a load and a bulk load share: what to read, how to judge it, where the report goes. */
public final class LoadArguments {

    @Option(names = "--input", required = true, description = "The folder with the files.")
    Path input;

    @Option(
            names = "--encoding",
            description = "Encoding of the CSV files: UTF-8 or GB18030 (GBK exports); default: detected per file.")
    Charset encoding;

    @Option(
            names = "--columns",
            description = "A column mapping file (JSON) for exports whose header no built-in format recognises.")
    Path columns;

    @Option(
            names = "--report-dir",
            description = "Where load-report.json and the rejects files go (default: load-reports/<time>).")
    Path reportDir;

    @Option(
            names = "--max-reject-rate",
            defaultValue = "0.05",
            description =
                    "Stop before writing a file with a higher share of rejected rows (default: ${DEFAULT-VALUE}; 1.0 never stops).")
    double maxRejectRate;

    @Option(
            names = "--window-months",
            defaultValue = "24",
            description = "Months of monthly trade kept per pair (default: ${DEFAULT-VALUE}).")
    int windowMonths;

    @Option(
            names = "--as-of",
            description = "End of the rolling trade window, YYYY-MM-DD (default: the newest invoice).")
    LocalDate asOf;

    @Option(
            names = "--pseudonym-key-file",
            defaultValue = "data/pseudonym.key",
            description = "Key for person pseudonyms when " + PseudonymKey.ENV
                    + " is not set (created if missing; default: ${DEFAULT-VALUE}).")
    Path keyFile;

    @Option(
            names = "--fx-rates",
            description = "A rates table (currency,cny_per_unit with '# as_of:' and '# source:' lines) for the CNY "
                    + "equivalent of capital in other currencies (default: the shipped reference/fx_rates.csv).")
    Path fxRates;

    @Option(names = "--no-score", description = "Skip the score step that otherwise follows a complete load.")
    boolean noScore;

    /** The options checked, with the report folder chosen ({@code load-reports/<time>} unless given). */
    public LoadOptions options(CommandSpec spec, int batchSize) {
        if (batchSize < 1 || windowMonths < 1 || maxRejectRate < 0 || maxRejectRate > 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--batch-size and --window-months must be positive, --max-reject-rate between 0 and 1");
        }
        var dir = reportDir != null
                ? reportDir
                : Path.of(
                        "load-reports",
                        BusinessDate.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        return new LoadOptions(input, encoding, columns, dir, batchSize, maxRejectRate, windowMonths, asOf, fxRates);
    }

    public Pseudonyms pseudonyms(PrintWriter out) {
        return PseudonymKey.resolve(System.getenv(), keyFile, out);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public boolean score() {
        return !noScore;
    }
}
