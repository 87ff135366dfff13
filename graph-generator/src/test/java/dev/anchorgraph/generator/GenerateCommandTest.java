package dev.anchorgraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    static final List<String> FILES = List.of(
            "companies.csv",
            "shareholders.csv",
            "officers.csv",
            "cases.csv",
            "case_parties.csv",
            "invoices.csv",
            "anchors.csv",
            "borrowers.csv",
            "planted-anomalies.csv",
            "outcomes.csv");

    @TempDir
    Path dir;

    /** The second run also writes the hidden health: the other files must not change for it. */
    @Test
    void sameSeedGivesByteIdenticalFilesWithOrWithoutTheHiddenHealth() throws IOException {
        var first = dir.resolve("first");
        var second = dir.resolve("second");
        GeneratedFiles.generate(first, "--companies", "500", "--invoices", "5000", "--as-of", GeneratedFiles.AS_OF);
        GeneratedFiles.generate(
                second, "--companies", "500", "--invoices", "5000", "--as-of", GeneratedFiles.AS_OF, "--write-health");
        for (var file : FILES) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
        assertThat(first.resolve("hidden-health.csv")).doesNotExist();
        var outcomes = Files.readAllLines(second.resolve("outcomes.csv"));
        var health = Files.readAllLines(second.resolve("hidden-health.csv"));
        assertThat(health.getFirst()).isEqualTo("uscc,health,pd");
        assertThat(health).hasSameSizeAs(outcomes);
        double[] pdSum = new double[2];
        int[] count = new int[2];
        for (int i = 1; i < outcomes.size(); i++) {
            var o = outcomes.get(i).split(",");
            var h = health.get(i).split(",");
            assertThat(h[0]).isEqualTo(o[0]);
            int bad = Integer.parseInt(o[1]);
            pdSum[bad] += Double.parseDouble(h[2]);
            count[bad]++;
        }
        // the pd is the chance the outcome was drawn with: defaulters had the higher ones
        assertThat(pdSum[1] / count[1]).isGreaterThan(2 * pdSum[0] / count[0]);
    }

    @Test
    void anotherSeedGivesOtherFiles() throws IOException {
        var options = List.of("--companies", "200", "--invoices", "1000", "--as-of", GeneratedFiles.AS_OF);
        GeneratedFiles.generate(dir.resolve("a"), options.toArray(String[]::new));
        GeneratedFiles.generate(
                dir.resolve("b"),
                Stream.concat(options.stream(), Stream.of("--seed", "7")).toArray(String[]::new));
        assertThat(Files.mismatch(dir.resolve("a/companies.csv"), dir.resolve("b/companies.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("a/invoices.csv"), dir.resolve("b/invoices.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void theOutputFolderIsCreatedAndInvoicesDefaultToFiftyPerCompany() {
        var nested = dir.resolve("does/not/exist");
        GeneratedFiles.generate(nested, "--companies", "100", "--as-of", GeneratedFiles.AS_OF);
        assertThat(FILES).allSatisfy(f -> assertThat(nested.resolve(f)).isRegularFile());
        assertThat(GeneratedFiles.read(nested, "invoices.csv")).hasSize(5000);
        assertThat(GeneratedFiles.read(nested, "companies.csv")).hasSize(100);
    }

    @Test
    void noAnomalyShareMeansNoPlantedAnomalies() {
        GeneratedFiles.generate(
                dir,
                "--companies",
                "200",
                "--invoices",
                "2000",
                "--as-of",
                GeneratedFiles.AS_OF,
                "--anomaly-share",
                "0");
        assertThat(GeneratedFiles.read(dir, "planted-anomalies.csv")).isEmpty();
        assertThat(GeneratedFiles.read(dir, "invoices.csv")).hasSize(2000);
    }

    @Test
    void outOfRangeOptionsAreRefusedWithAUsageError() {
        assertThat(run("--output", dir.toString(), "--companies", "10")).isEqualTo(2);
        assertThat(run("--output", dir.toString(), "--invoices", "-1")).isEqualTo(2);
        assertThat(run("--output", dir.toString(), "--anomaly-share", "0.9")).isEqualTo(2);
        assertThat(run("--output", dir.toString(), "--distressed-anchors", "-1"))
                .isEqualTo(2);
        assertThat(run("--output", dir.toString(), "--as-of", "30.06.2026")).isEqualTo(2);
        assertThat(run("--companies", "100")).isEqualTo(2);
    }

    private static int run(String... args) {
        var sink = new PrintWriter(new StringWriter());
        return new CommandLine(new GenerateCommand()).setOut(sink).setErr(sink).execute(args);
    }
}
