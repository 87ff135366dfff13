package dev.anchorgraph.loader;

import dev.anchorgraph.analytics.backtest.BacktestCommand;
import dev.anchorgraph.analytics.fit.CalibrateCommand;
import dev.anchorgraph.analytics.fit.FitCommand;
import dev.anchorgraph.analytics.fraud.FraudCommand;
import dev.anchorgraph.analytics.score.ScoreCommand;
import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.ExitCode;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.loader.bulk.BulkCommand;
import dev.anchorgraph.loader.bulk.BulkFinishCommand;
import dev.anchorgraph.loader.cypher.CypherCommand;
import dev.anchorgraph.loader.industry.LoadIndustriesCommand;
import dev.anchorgraph.loader.load.LoadCommand;
import dev.anchorgraph.loader.status.StatusCommand;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.neo4j.Neo4jSettings;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.neo4j.driver.Config;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** graph-loader: builds the anchorgraph company / person / case / trade graph in Neo4j from exported files. */
@Command(
        name = "graph-loader",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Builds the anchorgraph graph in Neo4j from registry, litigation and invoice files.",
            "Connects with NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI it "
                    + "connects to graph-service's embedded Neo4j at bolt://127.0.0.1:7687.",
            "Exit codes: 0 done; 1 unexpected error; 2 bad input or load stopped; 3 Neo4j unreachable; "
                    + "4 scored with warnings (a fraud pattern failed; see the report)."
        },
        subcommands = {
            LoadCommand.class,
            BulkCommand.class,
            BulkFinishCommand.class,
            ScoreCommand.class,
            FraudCommand.class,
            BacktestCommand.class,
            FitCommand.class,
            CalibrateCommand.class,
            CypherCommand.class,
            LoadIndustriesCommand.class,
            StatusCommand.class,
            CommandLine.HelpCommand.class
        })
public final class GraphLoader implements Connector {

    /** {@link ExitCode#WARNINGS}: named here too because the loader's own commands and tests say it this way. */
    public static final int EXIT_WARNINGS = ExitCode.WARNINGS;

    private final Neo4jSettings settings;
    private final UnaryOperator<Config.ConfigBuilder> driverTuning;

    public GraphLoader(Neo4jSettings settings) {
        this(settings, UnaryOperator.identity());
    }

    /** With driver settings of the caller's own (tests shorten how long a lost connection is retried). */
    public GraphLoader(Neo4jSettings settings, UnaryOperator<Config.ConfigBuilder> driverTuning) {
        this.settings = settings;
        this.driverTuning = driverTuning;
    }

    /** Held so the level sticks: the driver logs every connection at INFO, which buries the report. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.neo4j.driver");

    public static void main(String[] args) {
        DRIVER_LOG.setLevel(Level.WARNING);
        System.exit(commandLine(Neo4jSettings.fromEnvironment()).execute(args));
    }

    /** The command line with the given connection settings (tests pass their own Neo4j). */
    public static CommandLine commandLine(Neo4jSettings settings) {
        return commandLine(settings, UnaryOperator.identity());
    }

    public static CommandLine commandLine(Neo4jSettings settings, UnaryOperator<Config.ConfigBuilder> driverTuning) {
        return new CommandLine(new GraphLoader(settings, driverTuning))
                .setExecutionExceptionHandler(GraphLoader::onFailure);
    }

    /** This run's connection settings. */
    @Override
    public Neo4jSettings settings() {
        return settings;
    }

    /** Opens a connection with this run's settings and applies the schema. */
    @Override
    public Neo4jConnection connect(PrintWriter out) {
        return Neo4jConnection.open(settings, driverTuning, out);
    }

    /** Expected failures get one clear line and exit code 2 (input) or 3 (Neo4j); others a stack trace and 1. */
    private static int onFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof ServiceUnavailableException) {
            err.println("graph-loader: cannot reach Neo4j (" + e.getMessage()
                    + "). Is graph-service running, or NEO4J_URI set?");
            return ExitCode.NEO4J_UNREACHABLE;
        }
        if (e instanceof UserInputException) {
            err.println("graph-loader: " + e.getMessage());
            return ExitCode.INPUT;
        }
        e.printStackTrace(err);
        return ExitCode.UNEXPECTED;
    }
}
