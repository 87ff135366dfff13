package dev.anchorgraph.loader.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import dev.anchorgraph.neo4j.Neo4jSettings;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A bulk load builds the same graph as a transactional load of the same files, with the bookkeeping that lets daily
 * loads continue on top of it; it refuses a store that holds a graph; its emitted import files and command, run by
 * the import tool and followed by {@code bulk-finish}, build that graph too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkLoadIT {

    static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    static Path work;

    static List<String> transactional;
    static List<Map<String, Object>> transactionalProgress;
    static Path store;

    @BeforeAll
    static void loadTheExamplesBothWays() {
        TestNeo4j.clear();
        var load = LoaderRun.load(EXAMPLES, work, "--no-score");
        assertThat(load.exitCode()).as(load.output()).isZero();
        transactional = LoaderRun.export();
        transactionalProgress = progress(LoaderRun.NEO4J.driver());

        store = work.resolve("store");
        var bulk = bulk("--store", store.toString());
        assertThat(bulk.exitCode()).as(bulk.output()).isZero();
        assertThat(bulk.output()).contains("--anchorgraph.embedded.data-dir=" + store.toAbsolutePath());
    }

    @Test
    @Order(1)
    void aBulkLoadBuildsTheSameGraphAsATransactionalLoadOfTheSameFiles() {
        var bulk = onStore(store, db -> LoaderRun.export(db.driver()));
        assertThat(bulk).hasSize(transactional.size()).isEqualTo(transactional);
        assertThat(bulk).anyMatch(line -> line.contains("candidates=[]")); // an empty list, restored after the import
        List<Map<String, Object>> bulkProgress = onStore(store, db -> progress(db.driver()));
        assertThat(bulkProgress).isEqualTo(transactionalProgress);
    }

    @Test
    @Order(2)
    void aBulkLoadRefusesAStoreThatHoldsAGraph() {
        var again = bulk("--store", store.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.output()).contains("already holds a graph").contains("only fills an empty database");
    }

    @Test
    @Order(3)
    void dailyLoadsContinueOnTopOfABulkLoadAsOnTopOfATransactionalOne() throws IOException {
        var daily = Files.createDirectories(work.resolve("daily"));
        Files.writeString(daily.resolve("invoices.csv"), """
                invoice_no,seller_uscc,buyer_uscc,issued_on,amount,item_name
                27000001,91440300MA5DKT0128,91440300MA5DKT0014,2026-10-28,1000.00,*钢材*盘螺
                27000002,91440300MA5DKT0128,91440300MA5DKT0014,2026-11-02,2500.00,*钢材*螺纹钢
                """);
        assertThat(LoaderRun.load(daily, work, "--no-score").exitCode()).isZero();
        var expected = LoaderRun.export();

        var actual = onStore(store, db -> {
            var settings = db.settings();
            var reload = LoaderRun.run(
                    settings,
                    cli -> {},
                    work.resolve("reload"),
                    "load",
                    "--input",
                    EXAMPLES.toString(),
                    "--report-dir",
                    work.resolve("reload").toString(),
                    "--pseudonym-key-file",
                    key().toString(),
                    "--no-score");
            assertThat(reload.exitCode()).as(reload.output()).isZero();
            reload.report()
                    .get("files")
                    .forEach(f -> assertThat(f.get("status").asText())
                            .as(f.get("file").asText())
                            .isEqualTo("already_loaded"));
            var next = LoaderRun.run(
                    settings,
                    cli -> {},
                    work.resolve("next"),
                    "load",
                    "--input",
                    daily.toString(),
                    "--report-dir",
                    work.resolve("next").toString(),
                    "--pseudonym-key-file",
                    key().toString(),
                    "--no-score");
            assertThat(next.exitCode()).as(next.output()).isZero();
            assertThat(next.file("invoices.csv").get("written").asLong()).isEqualTo(1);
            return LoaderRun.export(db.driver());
        });
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theEmittedImportFilesAndCommandBuildTheSameGraphAfterBulkFinish() throws IOException {
        var emitted = work.resolve("emitted");
        var run = bulk("--emit-import-csv", emitted.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("neo4j-admin database import full")
                .contains("graph-loader bulk-finish")
                .containsPattern("Neo4j \\d{4}\\.\\d+\\.\\d+, the version");
        var script = Files.readAllLines(emitted.resolve("neo4j-admin-import.sh"));
        assertThat(script).anyMatch(l -> l.contains("--nodes=") && l.contains("nodes-Company.csv"));

        var server = work.resolve("server");
        ImportTool.run(server, arguments(script), work.resolve("server-import.log"), new PrintWriter(System.out, true));
        var graph = onStore(server, db -> {
            var finish = LoaderRun.run(db.settings(), cli -> {}, work, "bulk-finish", "--no-score");
            assertThat(finish.exitCode()).as(finish.output()).isZero();
            assertThat(finish.output()).contains("Empty lists restored on");
            return LoaderRun.export(db.driver());
        });
        assertThat(graph).isEqualTo(transactional);
    }

    @Test
    void aBulkLoadRefusesAStoreThatIsOpen() {
        var busy = work.resolve("busy-store");
        try (var running = new EmbeddedNeo4j(busy, "127.0.0.1", 0, 64L << 20).start()) {
            var run = bulk("--store", busy.toString());
            assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
            assertThat(run.output()).contains("is in use by another process").contains("Stop it first");
        }
    }

    @Test
    void aBulkLoadStoppedByRejectsWritesNoStore() {
        var stopped = work.resolve("stopped-store");
        var run = bulk("--store", stopped.toString(), "--max-reject-rate", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("Nothing was imported");
        assertThat(run.file("invoices.csv").get("status").asText()).isEqualTo("stopped");
        assertThat(stopped).doesNotExist();
    }

    @Test
    void bulkNeedsExactlyOneDestination() {
        assertThat(bulk().exitCode()).isEqualTo(2);
        assertThat(bulk(
                                "--store",
                                work.resolve("a").toString(),
                                "--emit-import-csv",
                                work.resolve("b").toString())
                        .output())
                .contains("mutually exclusive");
    }

    private static LoaderRun bulk(String... destination) {
        var reportDir = work.resolve("bulk-report-" + System.nanoTime());
        var args = new ArrayList<>(List.of(
                "bulk",
                "--input",
                EXAMPLES.toString(),
                "--report-dir",
                reportDir.toString(),
                "--pseudonym-key-file",
                key().toString(),
                "--no-score"));
        args.addAll(List.of(destination));
        return LoaderRun.run(cli -> {}, reportDir, args.toArray(String[]::new));
    }

    private static Path key() {
        return work.resolve("pseudonym.key");
    }

    /** The emitted script's arguments after {@code neo4j-admin database import full}. */
    private static List<String> arguments(List<String> script) {
        return script.stream()
                .filter(l -> l.startsWith("  "))
                .map(l -> l.strip().replaceAll(" \\\\$", "").replaceAll("^'(.*)'$", "$1"))
                .toList();
    }

    /** A store's database, started in this JVM for one piece of work. */
    record Db(Driver driver, Neo4jSettings settings) {}

    private static <T> T onStore(Path home, Function<Db, T> work) {
        try (var db = new EmbeddedNeo4j(home, "127.0.0.1", 0, 64L << 20).start();
                var driver = GraphDatabase.driver(db.boltUri())) {
            return work.apply(new Db(driver, Neo4jSettings.of(db.boltUri(), "", "")));
        }
    }

    private static List<Map<String, Object>> progress(Driver driver) {
        try (var s = driver.session()) {
            return s.run("MATCH (p:LoadProgress) RETURN p.key AS key, p.file AS file, p.done AS done, "
                            + "p.completedAt IS NOT NULL AS complete ORDER BY key")
                    .list(r -> r.asMap());
        }
    }
}
