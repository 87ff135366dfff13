package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.GraphLoader;
import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.Neo4jSettings;
import dev.anchorgraph.neo4j.TcpProxy;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The loader's connection to Neo4j goes through a relay the test breaks ({@link TcpProxy}): a connection lost in the
 * middle of a batch stops the load, and the next load resumes to exactly the graph of an uninterrupted one; a commit
 * whose reply is lost on the way back is retried by the driver without being applied twice.
 */
class ConnectionLossIT {

    static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    static Path work;

    static List<String> uninterrupted;
    TcpProxy proxy;

    @BeforeAll
    static void loadOnceWithoutInterruption() {
        TestNeo4j.clear();
        assertThat(LoaderRun.load(EXAMPLES, work, "--batch-size", "5", "--no-score")
                        .exitCode())
                .isZero();
        uninterrupted = LoaderRun.export();
    }

    @BeforeEach
    void relay() {
        TestNeo4j.clear();
        proxy = new TcpProxy(LoaderRun.NEO4J.settings().boltUri());
    }

    @AfterEach
    void closeRelay() {
        proxy.close();
    }

    @ParameterizedTest(name = "lost in {0} after {1} units")
    @CsvSource({"companies.csv, 5", "officers.csv, 10", "invoices.csv, 5"})
    void aLoadThatLosesItsConnectionMidBatchResumesToTheSameGraph(String file, long after) {
        var lost = LoaderRun.load(
                viaProxy(),
                cli -> ExactlyOnceIT.loadCommand(cli).listener = (f, done) -> {
                    if (f.equals(file) && done == after) {
                        proxy.cutOnNextRequest(); // the next batch's transaction reaches Neo4j, then the line goes
                    }
                },
                EXAMPLES,
                work,
                "--batch-size",
                "5",
                "--no-score");
        assertThat(lost.exitCode()).as(lost.output()).isEqualTo(3);
        assertThat(lost.output()).contains("cannot reach Neo4j");
        var progress = query(
                        "MATCH (p:LoadProgress {file: $file}) RETURN p.done AS done, p.completedAt IS NULL AS open",
                        Map.of("file", file))
                .getFirst();
        assertThat(progress.get("done").asLong())
                .as("the batch in flight was rolled back")
                .isEqualTo(after);
        assertThat(progress.get("open").asBoolean()).isTrue();

        proxy.restore();
        var resumed = LoaderRun.load(viaProxy(), cli -> {}, EXAMPLES, work, "--batch-size", "5", "--no-score");
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.file(file).get("resumedFrom").asLong()).isEqualTo(after);
        assertThat(LoaderRun.export()).isEqualTo(uninterrupted);
    }

    @ParameterizedTest(name = "reply lost in {0} after {1} units")
    @CsvSource({"companies.csv, 5", "invoices.csv, 5"})
    void aBatchWhoseCommitReplyIsLostIsWrittenOnce(String file, long after) {
        var run = LoaderRun.load(
                viaProxy(),
                cli -> ExactlyOnceIT.loadCommand(cli).listener = (f, done) -> {
                    if (f.equals(file) && done == after) {
                        proxy.loseNextCommitReply();
                    }
                },
                EXAMPLES,
                work,
                "--batch-size",
                "5",
                "--no-score");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(LoaderRun.export()).isEqualTo(uninterrupted);
    }

    /** The loader's command line, connected through the relay, giving up on a lost connection after 2 s of retries. */
    private CommandLine viaProxy() {
        return GraphLoader.commandLine(
                Neo4jSettings.of(
                        proxy.boltUri(),
                        LoaderRun.NEO4J.settings().username(),
                        LoaderRun.NEO4J.settings().password()),
                config -> config.withMaxTransactionRetryTime(2, TimeUnit.SECONDS)
                        .withConnectionTimeout(1, TimeUnit.SECONDS));
    }
}
