package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.GraphLoader;
import dev.anchorgraph.loader.person.PseudonymKey;
import dev.anchorgraph.loader.score.ScoreCommand;
import dev.anchorgraph.loader.score.ScoreStep;
import dev.anchorgraph.risk.RiskModel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph-loader load --input DIR}: validates and loads a folder of exported files (docs/input-formats.md). */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validates a folder of registry, litigation and invoice files and builds the graph.",
                "Recognised files: companies.csv, anchors.csv, borrowers.csv, shareholders.csv, officers.csv, cases.csv, "
                        + "case_parties.csv, invoices.csv (each optional). Exit code 0: loaded; 2: stopped (see the report)."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GraphLoader loader;

    @Option(names = "--input", required = true, description = "The folder with the files.")
    Path input;

    @Option(names = "--encoding", defaultValue = "UTF-8", description = "Encoding of the files: UTF-8 (default) or GB18030 (GBK exports).")
    Charset encoding;

    @Option(names = "--report-dir", description = "Where load-report.json and the rejects files go (default: load-reports/<time>).")
    Path reportDir;

    @Option(names = "--batch-size", defaultValue = "5000", description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--max-reject-rate", defaultValue = "0.05",
            description = "Stop before writing a file with a higher share of rejected rows (default: ${DEFAULT-VALUE}; 1.0 never stops).")
    double maxRejectRate;

    @Option(names = "--window-months", defaultValue = "24", description = "Months of monthly trade kept per pair (default: ${DEFAULT-VALUE}).")
    int windowMonths;

    @Option(names = "--as-of", description = "End of the rolling trade window, YYYY-MM-DD (default: the newest invoice).")
    LocalDate asOf;

    @Option(names = "--pseudonym-key-file", defaultValue = "data/pseudonym.key",
            description = "Key for person pseudonyms when " + PseudonymKey.ENV + " is not set (created if missing; default: ${DEFAULT-VALUE}).")
    Path keyFile;

    @Option(names = "--no-score", description = "Skip the score step that otherwise follows a complete load.")
    boolean noScore;

    /** Tests stop a load between batches through this; the command line never sets it. */
    BatchListener listener = BatchListener.NONE;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (batchSize < 1 || windowMonths < 1 || maxRejectRate < 0 || maxRejectRate > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--batch-size and --window-months must be positive, --max-reject-rate between 0 and 1");
        }
        var dir = reportDir != null ? reportDir
                : Path.of("load-reports", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        var options = new LoadOptions(input, encoding, dir, batchSize, maxRejectRate, windowMonths, asOf);
        var pseudonyms = PseudonymKey.resolve(System.getenv(), keyFile, out);
        try (var neo4j = loader.connect(out)) {
            var report = new Loader(neo4j, options, pseudonyms, out, listener).run();
            ReportWriter.write(report, dir);
            ReportWriter.print(report, out);
            if (!report.complete()) {
                return 2;
            }
            if (report.files().stream().noneMatch(f -> f.written() > 0)) {
                out.println("Nothing new was written: the scores stand as they are.");
            } else if (!noScore) {
                ScoreCommand.print(new ScoreStep(neo4j, RiskModel.current(), out, 2000).run(asOf), out);
            }
            return 0;
        }
    }
}
