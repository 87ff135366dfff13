package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.ExitCode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code graph-loader fraud}: circular-trading rings, implausible goods, sales surges, reversals, Benford deviation,
 * related-party trade and shell clusters.
 */
@Command(
        name = "fraud",
        mixinStandardHelpOptions = true,
        description =
                "Flags fraud patterns: circular-trading rings, implausible goods, sales surges, reversals, Benford "
                        + "deviation, related-party trade, shell clusters (docs/risk-model.md). Exit code 4: a pattern failed "
                        + "and kept its earlier flags, the others ran (see the report).")
public final class FraudCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Option(names = "--as-of", description = "Run as of this date, YYYY-MM-DD (default: the newest invoice loaded).")
    LocalDate asOf;

    @Option(
            names = "--batch-size",
            defaultValue = "2000",
            description = "Companies per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(
            names = "--ring-months",
            defaultValue = "" + FraudStep.DEFAULT_RING_MONTHS,
            description =
                    "Months of trade searched for rings, ending with the as-of month, 1 to 29 (default: ${DEFAULT-VALUE}).")
    int ringMonths;

    @Mixin
    PatternOptions patterns;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var isolation = patterns.isolation();
        try (var neo4j = loader.connect(out)) {
            var s = new FraudStep(neo4j, out, batchSize, ringMonths, isolation).run(asOf);
            out.printf(
                    Locale.ROOT,
                    "Checked %,d companies as of %s in %.1f s, peak heap %,d MB: %,d rings, %,d shell clusters; flagged firms %s "
                            + "(run %s)%n",
                    s.firms(),
                    s.asOf(),
                    s.seconds(),
                    dev.anchorgraph.cli.PeakHeap.megabytes(),
                    s.rings(),
                    s.shellClusters(),
                    s.flags(),
                    s.run());
            PatternFailure.print("Finished with warnings", s.failures(), out);
            return s.complete() ? 0 : ExitCode.WARNINGS;
        }
    }
}
