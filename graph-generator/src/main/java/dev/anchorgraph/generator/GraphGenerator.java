package dev.anchorgraph.generator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * graph-generator: writes synthetic input files for graph-loader. A program of its own so that the production
 * loader's jar carries no generator; {@code ./anchorgraph loader generate} still reaches it.
 */
@Command(
        name = "graph-generator",
        mixinStandardHelpOptions = true,
        versionProvider = GraphGenerator.Version.class,
        description = {
            "Writes synthetic registry, litigation, loan and invoice files for graph-loader.",
            "Exit codes: 0 done; 1 unexpected error; 2 bad input."
        },
        subcommands = {GenerateCommand.class, CommandLine.HelpCommand.class})
public final class GraphGenerator {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for the launcher's jar and for tests that need generated data. */
    public static CommandLine commandLine() {
        return new CommandLine(new GraphGenerator()).setExecutionExceptionHandler(GraphGenerator::onFailure);
    }

    /** Expected failures get one clear line and exit code 2 (as in graph-loader); others a stack trace and 1. */
    private static int onFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof GeneratorException) {
            err.println("graph-generator: " + e.getMessage());
            return 2;
        }
        e.printStackTrace(err);
        return 1;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            var v = GraphGenerator.class.getPackage().getImplementationVersion();
            return new String[] {"graph-generator " + (v == null ? "(development build)" : v)};
        }
    }
}
