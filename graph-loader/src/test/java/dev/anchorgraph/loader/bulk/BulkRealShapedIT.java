package dev.anchorgraph.loader.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * The real-shaped ownership fixture (organisations without a USCC, capital in four currencies) loaded both ways
 * builds the same graph: the organisation and money writes come from the one write description (ADR 0009).
 */
class BulkRealShapedIT {

    static final Path FIXTURE = Path.of("../examples/real-shaped/ownership");

    @TempDir
    static Path work;

    @Test
    void aBulkLoadOfOrganisationsWithoutUsccAndForeignCapitalMatchesATransactionalOne() {
        TestNeo4j.clear();
        var key = work.resolve("pseudonym.key").toString();
        var load = LoaderRun.load(FIXTURE, work, "--no-score");
        assertThat(load.exitCode()).as(load.output()).isZero();
        var transactional = LoaderRun.export();
        assertThat(transactional).anyMatch(l -> l.contains("Organisation")).anyMatch(l -> l.contains("EUR"));

        var store = work.resolve("store");
        var reportDir = work.resolve("bulk-report");
        var bulk = LoaderRun.run(
                cli -> {},
                reportDir,
                "bulk",
                "--input",
                FIXTURE.toString(),
                "--report-dir",
                reportDir.toString(),
                "--pseudonym-key-file",
                key,
                "--no-score",
                "--store",
                store.toString());
        assertThat(bulk.exitCode()).as(bulk.output()).isZero();
        List<String> exported;
        try (var db = new EmbeddedNeo4j(store, "127.0.0.1", 0, 64L << 20).start();
                var driver = GraphDatabase.driver(db.boltUri())) {
            exported = LoaderRun.export(driver);
        }
        assertThat(exported).isEqualTo(transactional);
    }
}
