package dev.anchorgraph.loader.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * The same comparison as {@link BulkLoadIT} on a generated data set: every kind of file and row the generator makes
 * (name variants resolved by name, holding companies outside the registry extract, red and void invoices, planted
 * anomalies, rejects) gives the same graph both ways.
 */
class BulkGeneratedIT {

    @TempDir
    static Path work;

    @Test
    void aBulkLoadOfAGeneratedDataSetBuildsTheSameGraphAsATransactionalLoad() {
        var data = work.resolve("data");
        // seed 11: among its pairs are some with void invoices only (SUPPLIES with no months), checked below
        var generated = LoaderRun.generate(
                work,
                "generate",
                "--output",
                data.toString(),
                "--companies",
                "600",
                "--invoices",
                "40000",
                "--seed",
                "11",
                "--as-of",
                "2026-06-30");
        assertThat(generated.exitCode()).as(generated.output()).isZero();

        TestNeo4j.clear();
        var load = LoaderRun.load(data, work, "--no-score", "--max-reject-rate", "1.0");
        assertThat(load.exitCode()).as(load.output()).isZero();
        var transactional = LoaderRun.export();

        var store = work.resolve("store");
        var reportDir = work.resolve("bulk-report");
        var bulk = LoaderRun.run(
                cli -> {},
                reportDir,
                "bulk",
                "--input",
                data.toString(),
                "--store",
                store.toString(),
                "--report-dir",
                reportDir.toString(),
                "--pseudonym-key-file",
                work.resolve("pseudonym.key").toString(),
                "--no-score",
                "--max-reject-rate",
                "1.0");
        assertThat(bulk.exitCode()).as(bulk.output()).isZero();
        assertThat(counts(bulk)).isEqualTo(counts(load));

        try (var db = new EmbeddedNeo4j(store, "127.0.0.1", 0, 64L << 20).start();
                var driver = GraphDatabase.driver(db.boltUri())) {
            var graph = LoaderRun.export(driver);
            assertThat(graph).hasSize(transactional.size());
            assertThat(graph).isEqualTo(transactional);
            assertThat(graph).anyMatch(l -> l.contains("-SUPPLIES{") && l.contains("months=[]"));
        }
    }

    /** The report's files without times and paths: what was read, accepted, flagged, rejected and written. */
    private static JsonNode counts(LoaderRun run) {
        var files = run.report().get("files").deepCopy();
        files.forEach(f -> ((ObjectNode) f).remove(List.of("seconds", "validateSeconds", "rejectsFile")));
        return files;
    }
}
