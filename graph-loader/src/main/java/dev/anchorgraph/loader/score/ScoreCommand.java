package dev.anchorgraph.loader.score;

import dev.anchorgraph.loader.GraphLoader;
import dev.anchorgraph.risk.RiskModel;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph-loader score}: features, scores, tiers and reasons for every firm (also run at the end of a load). */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Computes supply-chain features, risk scores, tiers and reasons for every company (docs/risk-model.md).")
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GraphLoader loader;

    @Option(names = "--as-of", description = "Compute as of this date, YYYY-MM-DD (default: the newest invoice loaded).")
    LocalDate asOf;

    @Option(names = "--model", defaultValue = RiskModel.DEFAULT_VERSION, description = "Risk model version (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--batch-size", defaultValue = "2000", description = "Companies per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var neo4j = loader.connect(out)) {
            print(new ScoreStep(neo4j, RiskModel.load(model), out, batchSize).run(asOf), out);
        }
        return 0;
    }

    public static void print(ScoreStep.Summary s, java.io.PrintWriter out) {
        out.printf("Scored %,d companies as of %s in %.1f s, peak heap %,d MB (run %s). Tiers: %s%n", s.companies(),
                s.asOf(), s.seconds(), dev.anchorgraph.loader.load.PeakHeap.megabytes(), s.run(), s.tiers());
    }
}
