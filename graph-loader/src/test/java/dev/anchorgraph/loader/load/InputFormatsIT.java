package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFormatsIT {

    static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestNeo4j.clear();
    }

    @Test
    void gb18030FilesLoadToTheSameGraphAsUtf8() throws IOException {
        assertThat(LoaderRun.load(EXAMPLES, work, "--no-score").exitCode()).isZero();
        var utf8 = LoaderRun.export();
        TestNeo4j.clear();
        var gbk = Files.createDirectories(work.resolve("gbk"));
        try (var files = Files.list(EXAMPLES)) {
            for (var f : files.filter(Files::isRegularFile).toList()) { // examples/next-day/ is another load
                Files.writeString(gbk.resolve(f.getFileName()), Files.readString(f), Charset.forName("GB18030"));
            }
        }
        var run = LoaderRun.load(gbk, work, "--encoding", "GB18030", "--no-score");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(LoaderRun.export()).isEqualTo(utf8);
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreAccepted() throws IOException {
        var in = Files.createDirectories(work.resolve("bom"));
        Files.write(
                in.resolve("companies.csv"),
                ("\uFEFFuscc,name\r\n91440300MA5DKT0014,甲公司\r\n").getBytes(StandardCharsets.UTF_8));
        var run = LoaderRun.load(in, work);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.file("companies.csv").get("loaded").asLong()).isEqualTo(1);
    }

    @Test
    void aQuotedValueSpanningLinesKeepsLineNumbersRight() throws IOException {
        var in = Files.createDirectories(work.resolve("multiline"));
        Files.writeString(in.resolve("companies.csv"), """
                uscc,name,business_scope
                91440300MA5DKT0014,甲公司,"钢结构
                工程"
                BAD,乙公司,
                91440300MA5DKT0128,丙公司,
                """);
        var run = LoaderRun.load(in, work, "--max-reject-rate", "1");
        assertThat(run.rejects("companies.rejects.csv").get(1)).startsWith("4,malformed_uscc,");
    }

    @Test
    void aFileWithoutARequiredColumnFailsUpFrontAndNothingIsWritten() throws IOException {
        var in = Files.createDirectories(work.resolve("nocolumn"));
        Files.writeString(in.resolve("companies.csv"), "uscc,name\n91440300MA5DKT0014,甲公司\n");
        Files.writeString(
                in.resolve("invoices.csv"),
                "invoice_no,seller_uscc,issued_on,amount\n1,91440300MA5DKT0014,2026-01-01,1\n");
        var run = LoaderRun.load(in, work);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("invoices.csv: missing required column(s) [buyer_uscc]");
        assertThat(query("MATCH (c:Company) RETURN count(c) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isZero();
    }

    @Test
    void aFileOverTheRejectLimitIsNotWrittenAndTheLoadStopsThere() throws IOException {
        var in = Files.createDirectories(work.resolve("toomany"));
        Files.writeString(in.resolve("companies.csv"), """
                uscc,name
                91440300MA5DKT0014,甲公司
                BAD,乙公司
                """);
        Files.writeString(in.resolve("anchors.csv"), "uscc\n91440300MA5DKT0014\n");
        var run = LoaderRun.load(in, work);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.file("companies.csv").get("status").asText()).isEqualTo("stopped");
        assertThat(run.file("anchors.csv").get("status").asText()).isEqualTo("not_reached");
        assertThat(run.output()).contains("1 of 2 rows rejected (50.0 %), over the limit of 5.0 %");
        assertThat(query("MATCH (c:Company) RETURN count(c) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isZero();
    }

    @Test
    void aMissingFolderIsAClearError() {
        var run = LoaderRun.load(work.resolve("nowhere"), work);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("does not exist");
    }
}
