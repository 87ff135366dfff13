package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.analytics.fraud.PatternOptions;
import dev.anchorgraph.cli.Connector;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code graph-loader bulk-finish}: after {@code neo4j-admin database import full} of the files from
 * {@code bulk --emit-import-csv}, on the running server: schema, empty lists, score. ({@code bulk --store} does this
 * itself.)
 */
@Command(
        name = "bulk-finish",
        mixinStandardHelpOptions = true,
        description = "After neo4j-admin imported the files of `bulk --emit-import-csv`: applies the schema, restores "
                + "the empty lists the import format cannot carry, and runs the score step. Exit code 4: scored with "
                + "warnings (a fraud pattern failed; see the report).")
public final class BulkFinishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Option(names = "--as-of", description = "Score as of this date, YYYY-MM-DD (default: the newest invoice loaded).")
    LocalDate asOf;

    @Option(names = "--no-score", description = "Skip the score step.")
    boolean noScore;

    @Mixin
    PatternOptions patterns;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var isolation = patterns.isolation();
        try (var neo4j = loader.connect(out)) {
            return BulkFinish.run(neo4j, null, !noScore, asOf, isolation, out);
        }
    }
}
