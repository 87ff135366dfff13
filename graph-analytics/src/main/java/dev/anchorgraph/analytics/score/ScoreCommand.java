package dev.anchorgraph.analytics.score;

import dev.anchorgraph.analytics.fraud.PatternFailure;
import dev.anchorgraph.analytics.fraud.PatternOptions;
import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.ExitCode;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.risk.RiskModel;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph-loader score}: features, scores, tiers and reasons for every firm (also run at the end of a load). */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Computes supply-chain features, risk scores, tiers and reasons for every company (docs/risk-model.md).",
            "Exit code 0: scored; 4: scored with warnings (a fraud pattern failed and kept its earlier flags; see the report)."
        })
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Option(
            names = "--as-of",
            description = "Compute as of this date, YYYY-MM-DD (default: the newest invoice loaded).")
    LocalDate asOf;

    @Option(
            names = "--model",
            defaultValue = RiskModel.DEFAULT_VERSION,
            description =
                    "Risk model: a version on the classpath, or a model file (a name ending in .json or with a path,"
                            + " e.g. one written by fit) (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(
            names = "--batch-size",
            defaultValue = "2000",
            description = "Companies per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    PatternOptions patterns;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var isolation = patterns.isolation();
        RiskModel riskModel;
        try {
            riskModel = RiskModel.resolve(model);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        try (var neo4j = loader.connect(out)) {
            return print(new ScoreStep(neo4j, riskModel, out, batchSize, isolation).run(asOf), out);
        }
    }

    /** @return the exit code: 0, or {@link ExitCode.WARNINGS} when a fraud pattern failed */
    public static int print(ScoreStep.Summary s, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "Scored %,d companies as of %s in %.1f s, peak heap %,d MB (run %s). Tiers: %s%n",
                s.companies(),
                s.asOf(),
                s.seconds(),
                dev.anchorgraph.cli.PeakHeap.megabytes(),
                s.run(),
                s.tiers());
        PatternFailure.print("Scored with warnings", s.failures(), out);
        return s.complete() ? 0 : ExitCode.WARNINGS;
    }
}
