package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A load stopped between batches (as a crash would stop it) and started again ends with exactly the graph of an
 * uninterrupted load: nothing lost, nothing counted twice.
 */
class ExactlyOnceIT {

    static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    static Path work;

    static List<String> uninterrupted;

    /** Thrown by the listener to stop a load as a crash would: after a commit, before the next batch. */
    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    @BeforeAll
    static void loadOnceWithoutInterruption() {
        TestNeo4j.clear();
        assertThat(LoaderRun.load(EXAMPLES, work, "--batch-size", "5", "--no-score")
                        .exitCode())
                .isZero();
        uninterrupted = LoaderRun.export();
    }

    @ParameterizedTest(name = "stopped in {0} after {1} units")
    @CsvSource({"companies.csv, 5", "officers.csv, 10", "invoices.csv, 5"})
    void aLoadInterruptedBetweenBatchesResumesToTheSameGraph(String file, long after) {
        TestNeo4j.clear();
        var crashed = LoaderRun.load(
                cli -> loadCommand(cli).listener = (f, done) -> {
                    if (f.equals(file) && done == after) {
                        throw new Crash();
                    }
                },
                EXAMPLES,
                work,
                "--batch-size",
                "5",
                "--no-score");
        assertThat(crashed.exitCode()).isNotZero();
        assertThat(crashed.output()).contains("simulated crash");
        var progress = query(
                        "MATCH (p:LoadProgress {file: $file}) RETURN p.done AS done, p.completedAt IS NULL AS open",
                        Map.of("file", file))
                .getFirst();
        assertThat(progress.get("done").asLong()).isEqualTo(after);
        assertThat(progress.get("open").asBoolean()).isTrue();

        var resumed = LoaderRun.load(EXAMPLES, work, "--batch-size", "5", "--no-score");
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.file(file).get("resumedFrom").asLong()).isEqualTo(after);
        assertThat(LoaderRun.export()).isEqualTo(uninterrupted);
    }

    @Test
    void aDailyInvoiceFileAddsToTheTradeAlreadyThere() throws IOException {
        TestNeo4j.clear();
        assertThat(LoaderRun.load(EXAMPLES, work).exitCode()).isZero();
        var before = trade();
        var digitsBefore = firstDigits();
        var daily = Files.createDirectories(work.resolve("daily"));
        Files.writeString(daily.resolve("invoices.csv"), """
                invoice_no,seller_uscc,buyer_uscc,issued_on,amount,item_name
                27000001,91440300MA5DKT0128,91440300MA5DKT0014,2026-10-28,1000.00,*钢材*盘螺
                27000002,91440300MA5DKT0128,91440300MA5DKT0014,2026-11-02,2500.00,*钢材*螺纹钢
                """);
        var run = LoaderRun.load(daily, work);
        assertThat(run.exitCode()).as(run.output()).isZero();
        var after = trade();
        assertThat((double) after.get("amount")).isEqualTo((double) before.get("amount") + 3500.0);
        assertThat(after.get("invoiceCount")).isEqualTo((long) before.get("invoiceCount") + 2);
        assertThat(after.get("lastOn")).hasToString("2026-11-02");
        assertThat((List<Object>) after.get("months"))
                .endsWith("2026-10", "2026-11")
                .contains("2025-11");
        assertThat((List<Object>) after.get("categories")).containsExactly("钢材");
        assertThat(after.get("windowEnd")).isEqualTo("2026-11");
        var digitsAfter = firstDigits();
        digitsBefore.set(0, digitsBefore.get(0) + 1);
        digitsBefore.set(1, digitsBefore.get(1) + 1);
        assertThat(digitsAfter).as("1000.00 starts with 1, 2500.00 with 2").isEqualTo(digitsBefore);

        var again = LoaderRun.load(daily, work);
        assertThat(again.file("invoices.csv").get("status").asText()).isEqualTo("already_loaded");
        assertThat(trade()).isEqualTo(after);
        assertThat(firstDigits()).isEqualTo(digitsAfter);
    }

    private static List<Long> firstDigits() {
        return new ArrayList<>(query("MATCH (c:Company {uscc: '91440300MA5DKT0128'}) RETURN c.firstDigits AS d")
                .getFirst()
                .get("d")
                .asList(v -> v.asLong()));
    }

    private static Map<String, Object> trade() {
        return query(
                        "MATCH (:Company {uscc: '91440300MA5DKT0128'})-[s:SUPPLIES]->(:Company {uscc: '91440300MA5DKT0014'}) RETURN s")
                .getFirst()
                .get("s")
                .asMap();
    }

    static LoadCommand loadCommand(picocli.CommandLine cli) {
        return (LoadCommand) cli.getSubcommands().get("load").getCommand();
    }
}
