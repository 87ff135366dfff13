package dev.anchorgraph.loader.load;

import dev.anchorgraph.analytics.fraud.PatternOptions;
import dev.anchorgraph.analytics.score.ScoreCommand;
import dev.anchorgraph.analytics.score.ScoreStep;
import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.loader.ingest.BatchListener;
import dev.anchorgraph.risk.RiskModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph-loader load --input DIR}: validates and loads a folder of exported files (docs/input-formats.md). */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Validates a folder of registry, litigation and invoice files and builds the graph.",
            "Recognised files: companies.csv, anchors.csv, borrowers.csv, shareholders.csv, officers.csv, cases.csv, "
                    + "case_parties.csv, invoices.csv (each optional). Exit code 0: loaded; 2: stopped (see the report); "
                    + "4: loaded and scored with warnings (a fraud pattern failed; see the report)."
        })
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Mixin
    LoadArguments arguments;

    @Option(
            names = "--batch-size",
            defaultValue = "5000",
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    PatternOptions patterns;

    /** Tests stop a load between batches through this; the command line never sets it. */
    BatchListener listener = BatchListener.NONE;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var options = arguments.options(spec, batchSize);
        var pseudonyms = arguments.pseudonyms(out);
        var isolation = patterns.isolation();
        try (var neo4j = loader.connect(out)) {
            var report = new Loader(neo4j, options, pseudonyms, out, listener).run();
            ReportWriter.write(report, options.reportDir());
            ReportWriter.print(report, out);
            if (!report.complete()) {
                return 2;
            }
            if (report.files().stream().noneMatch(f -> f.written() > 0)) {
                out.println("Nothing new was written: the scores stand as they are.");
            } else if (arguments.score()) {
                return ScoreCommand.print(
                        new ScoreStep(neo4j, RiskModel.current(), out, 2000, isolation).run(arguments.asOf()), out);
            }
            return 0;
        }
    }
}
