package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planted fraud inside a trade graph that runs in loops ({@code generate --trade-loops}): most firms sit in one
 * strongly connected component, with ordinary loops that are not fraud. The fraud step, run as the command line runs
 * it on a real Neo4j, must find the planted ring members at the target (recall ≥ 0.6 at precision ≥ 0.8), and the
 * other planted patterns (implausible-goods sellers, shell-cluster members) at the precision and recall measured on
 * such data (docs/benchmarks.md, 20,000 firms: 1.00 for rings and shell clusters).
 */
class PlantedFraudIT {

    @TempDir
    static Path work;

    static Map<String, Set<String>> planted = new HashMap<>();
    static Set<String> flagged;
    static String output;

    @BeforeAll
    static void generateLoadAndRun() throws IOException {
        var data = work.resolve("data");
        var generated = LoaderRun.generate(
                work,
                "generate",
                "--output",
                data.toString(),
                "--companies",
                "2000",
                "--invoices",
                "120000",
                "--seed",
                "5",
                "--as-of",
                "2026-06-30",
                "--anomaly-share",
                "0.15",
                "--trade-loops");
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        TestNeo4j.clear();
        var load = LoaderRun.load(data, work, "--no-score", "--max-reject-rate", "1.0");
        assertThat(load.exitCode()).as(load.output()).isZero();
        var fraud = LoaderRun.run(cli -> {}, work, "fraud");
        assertThat(fraud.exitCode()).as(fraud.output()).isZero();
        output = fraud.output();
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser =
                format.parse(Files.newBufferedReader(data.resolve("planted-anomalies.csv"), StandardCharsets.UTF_8))) {
            // the members of rings and clusters; the seller (listed first) of implausible goods
            parser.forEach(r -> {
                var members = List.of(r.get("members").split(";"));
                planted.computeIfAbsent(r.get("kind"), k -> new HashSet<>())
                        .addAll(r.get("kind").equals("implausible_goods") ? members.subList(0, 1) : members);
            });
        }
        flagged = flagged("circular_trading");
    }

    static Set<String> flagged(String pattern) {
        return new HashSet<>(LoaderRun.query(
                        "MATCH (c:Company)-[:FLAGGED]->(:FraudFlag {pattern: $p}) RETURN c.uscc AS u",
                        Map.of("p", pattern))
                .stream()
                .map(r -> r.get("u").asString())
                .toList());
    }

    /** {precision, recall} of the flagged firms against the planted ones. */
    static double[] precisionRecall(Set<String> flagged, Set<String> planted) {
        var hits = new HashSet<>(flagged);
        hits.retainAll(planted);
        return new double[] {
            flagged.isEmpty() ? 0 : hits.size() / (double) flagged.size(), hits.size() / (double) planted.size()
        };
    }

    @Test
    void mostFirmsAreInOneStronglyConnectedComponent() {
        var m = Pattern.compile("the largest strongly connected component ([\\d,]+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Integer.parseInt(m.group(1).replace(",", ""))).isGreaterThan(1_000);
    }

    @Test
    void plantedRingMembersAreFoundAtTheTargetPrecisionAndRecall() {
        var planted = PlantedFraudIT.planted.get("circular_trading");
        assertThat(planted).hasSizeGreaterThan(50);
        var hits = new HashSet<>(flagged);
        hits.retainAll(planted);
        double recall = hits.size() / (double) planted.size();
        double precision = flagged.isEmpty() ? 0 : hits.size() / (double) flagged.size();
        assertThat(recall)
                .as("recall: %d of %d planted members flagged", hits.size(), planted.size())
                .isGreaterThanOrEqualTo(0.6);
        assertThat(precision)
                .as("precision: %d of %d flagged firms planted", hits.size(), flagged.size())
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void plantedShellClusterMembersAreAllFoundAndNothingElse() {
        var pr = precisionRecall(flagged("shell_cluster"), planted.get("shell_cluster"));
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void plantedImplausibleGoodsSellersAreFoundAmongTheLoops() {
        var pr = precisionRecall(flagged("implausible_goods"), planted.get("implausible_goods"));
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.6);
    }
}
