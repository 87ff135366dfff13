package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's own example: {@code graph-loader load --input examples/}. */
class LoadExamplesIT {

    static final Path EXAMPLES = Path.of("../examples");
    static final String ANCHOR = "91440300MA5DKT0014";
    static final String STEEL = "91440300MA5DKT0128";

    @TempDir
    static Path work;

    static LoaderRun first;

    @BeforeAll
    static void loadTheExamples() {
        TestNeo4j.clear();
        first = LoaderRun.load(EXAMPLES, work);
    }

    @Test
    void theLoadCompletesAndTheReportMatchesTheFiles() {
        assertThat(first.exitCode()).as(first.output()).isZero();
        var companies = first.file("companies.csv");
        assertThat(companies.get("status").asText()).isEqualTo("loaded");
        assertThat(companies.get("rowsRead").asLong()).isEqualTo(12);
        assertThat(companies.get("loaded").asLong()).isEqualTo(12);
        assertThat(companies.get("flags").get("uscc_checksum").asLong()).isEqualTo(1);
        var invoices = first.file("invoices.csv");
        assertThat(invoices.get("rowsRead").asLong()).isEqualTo(58);
        assertThat(invoices.get("loaded").asLong()).isEqualTo(57);
        assertThat(invoices.get("rejects").get("unknown_company").asLong()).isEqualTo(1);
        assertThat(first.file("officers.csv").get("loaded").asLong()).isEqualTo(12);
        assertThat(first.file("shareholders.csv").get("loaded").asLong()).isEqualTo(8);
        assertThat(first.output()).contains("Load complete");
    }

    @Test
    void theRejectsFileNamesTheLineAndTheReason() throws Exception {
        var lines = first.rejects("invoices.rejects.csv");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("line,reason,message,raw");
        assertThat(lines.get(1)).startsWith("59,unknown_company,buyer_uscc 91440300MA5YYY999");
    }

    @Test
    void anchorsBorrowersAndTheFlaggedPilotCodeAreInTheGraph() {
        var r = query("""
                MATCH (a:Anchor) WITH count(a) AS anchors
                MATCH (b:Borrower) WITH anchors, count(b) AS borrowers
                MATCH (p:Company {uscc: '91350100M0001TGQXM'})
                RETURN anchors, borrowers, p.usccValid AS valid, p.region AS region
                """).getFirst();
        assertThat(r.get("anchors").asLong()).isEqualTo(2);
        assertThat(r.get("borrowers").asLong()).isEqualTo(1);
        assertThat(r.get("valid").asBoolean()).isFalse();
        assertThat(r.get("region").asString()).isEqualTo("350100");
    }

    @Test
    void invoicesAreAggregatedPerPairWithRedLetterReducingAndVoidNotCounting() {
        var r = query("""
                MATCH (:Company {uscc: $seller})-[s:SUPPLIES]->(:Company {uscc: $buyer}) RETURN s
                """, Map.of("seller", STEEL, "buyer", ANCHOR))
                .getFirst()
                .get("s")
                .asMap();
        assertThat(r.get("invoiceCount")).isEqualTo(12L);
        assertThat(r.get("redCount")).isEqualTo(1L);
        assertThat(r.get("redAmount")).isEqualTo(20000.0);
        assertThat(r.get("voidCount")).isEqualTo(1L);
        assertThat(r.get("voidAmount")).isEqualTo(15000.0);
        assertThat((List<Object>) r.get("months")).hasSize(12).first().isEqualTo("2025-11");
        assertThat(r.get("categories")).isEqualTo(List.of("钢材"));
        var monthly = query("""
                MATCH (:Company {uscc: $seller})-[s:SUPPLIES]->(:Company {uscc: $buyer})
                RETURN s.amount AS amount, reduce(t = 0.0, a IN s.monthlyAmounts | t + a) AS monthlySum, s.activeDays AS days
                """, Map.of("seller", STEEL, "buyer", ANCHOR)).getFirst();
        assertThat(monthly.get("amount").asDouble())
                .isCloseTo(monthly.get("monthlySum").asDouble(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(monthly.get("days").asLong()).isEqualTo(12);
    }

    @Test
    void personIdsArePseudonymsNeverTheNationalIdNumber() {
        var ids = query("MATCH (p:Person) RETURN p.id AS id").stream()
                .map(r -> r.get("id").asString())
                .toList();
        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("P[0-9a-f]{24}"));
        // 王芳's ID is written with a lower-case x once: still one person, holding two firms
        var wang = query(
                        "MATCH (p:Person {name: '王芳'})-[:HOLDS_SHARES]->(c) RETURN count(DISTINCT p) AS people, count(c) AS firms")
                .getFirst();
        assertThat(wang.get("people").asLong()).isEqualTo(1);
        assertThat(wang.get("firms").asLong()).isEqualTo(2);
    }

    @Test
    void loadingTheSameFilesAgainLeavesTheGraphIdentical() {
        var before = LoaderRun.export();
        var again = LoaderRun.load(EXAMPLES, work);
        assertThat(again.exitCode()).isZero();
        assertThat(again.file("invoices.csv").get("status").asText()).isEqualTo("already_loaded");
        assertThat(LoaderRun.export()).isEqualTo(before);
    }
}
