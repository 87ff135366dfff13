package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad row for every reject reason, loaded with --max-reject-rate 1.0 so the good rows still go in. */
class RejectsAndFlagsIT {

    static final String A = "91440300MA5DKT0014";
    static final String B = "91440300MA5DKT0128";

    @TempDir
    static Path work;

    static LoaderRun run;

    @BeforeAll
    static void loadBadFiles() throws IOException {
        TestNeo4j.clear();
        var in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("companies.csv"), """
                uscc,name,industry_code,registered_capital,founded_on,status,scale,extra_column
                %s,甲公司,C3311,500万元,2001-03-15,存续,large,x
                %s,乙公司,5174,"1,000,000",2015/06/01,active,small,x
                91350100M0001TGQXM,试点公司,3441,3000000,20140701,在业,,x
                9144030071526726XZ,坏代码公司,,,,,,x
                9144030071526726X,短代码公司,,,,,,x
                ,无代码公司,,,,,,x
                %s,重复公司,,,,,,x
                91440300MA5EBT034F,坏日期公司,,,2018-02-30,,,x
                91440300MA5EBT034F,坏金额公司,,abc,,,,x
                91440300MA5EBT034F,坏状态公司,,,,bankrupt,,x
                91440300MA5EBT034F,多一列公司,,,,,,x,y
                """.formatted(A, B, A));
        Files.writeString(in.resolve("shareholders.csv"), """
                company_uscc,holder_type,holder_id,holder_name,stake
                %s,person,440301197001011234,李建国,55.24%%
                %s,person,440301197001011234,李建国,1.5
                91440300MA5YYY9995,person,440301197001011234,李建国,0.1
                %s,alien,440301197001015678,某某,0.1
                %s,person,440301198001011234,,0.1
                """.formatted(A, A, A, A));
        Files.writeString(in.resolve("cases.csv"), """
                case_no,kind,filed_on
                (2025)粤0306民初1号,civil,2025-01-01
                (2025)粤0306民初1号,civil,2025-01-01
                (2025)粤0306民初2号,lawsuit,2025-01-01
                """);
        Files.writeString(in.resolve("invoices.csv"), """
                invoice_no,seller_uscc,buyer_uscc,issued_on,amount,tax_code
                1001,%s,%s,2026-01-05,"12,000.50",1080205010000000000
                1001,%s,%s,2026-01-06,100.00,
                1002,%s,%s,2026-01-07,100.00,
                1003,%s,%s,2026-01-32,100.00,
                1004,%s,%s,2026-01-08,1.2.3,
                1005,%s,%s,2026-01-09,-500.00,
                1006,%s,%s,2026-01-10,100.00,12345
                """.formatted(A, B, A, B, A, A, A, B, A, B, A, B, A, B));
        run = LoaderRun.load(in, work, "--max-reject-rate", "1.0");
    }

    @Test
    void everyRejectReasonIsCountedAndWrittenWithItsLine() throws IOException {
        assertThat(run.exitCode()).as(run.output()).isZero();
        var companies = run.file("companies.csv");
        assertThat(companies.get("rowsRead").asLong()).isEqualTo(11);
        // line 9's impossible date is an optional value: dropped and flagged, the row loads; lines 10 and 11 repeat its
        // USCC
        assertThat(companies.get("loaded").asLong()).isEqualTo(4);
        assertThat(companies.get("rejects").toString())
                .isEqualTo("{\"column_count\":1,\"duplicate_key\":3,\"malformed_uscc\":2,\"missing_value\":1}");
        var lines = run.rejects("companies.rejects.csv");
        assertThat(lines).hasSize(8);
        assertThat(lines)
                .anyMatch(l -> l.startsWith("5,malformed_uscc,"))
                .anyMatch(l -> l.startsWith("6,malformed_uscc,"))
                .anyMatch(l -> l.startsWith("7,missing_value,"))
                .anyMatch(l -> l.startsWith("8,duplicate_key,"))
                .anyMatch(l -> l.startsWith("10,duplicate_key,"))
                .anyMatch(l -> l.startsWith("12,column_count,"));
        assertThat(companies.get("flags").get("dropped_founded_on").asLong()).isEqualTo(1);
        assertThat(run.rejects("companies.flags.csv"))
                .anyMatch(l -> l.startsWith("9,dropped_founded_on,") && l.contains("invalid_date"));
    }

    @Test
    void aChecksumFailureIsFlaggedAndLoadedWhileAWrongCharacterIsRejected() throws IOException {
        // lines 4 and 9 (loaded without its impossible date) have codes failing the checksum
        assertThat(run.file("companies.csv").get("flags").get("uscc_checksum").asLong())
                .isEqualTo(2);
        assertThat(query("MATCH (c:Company {uscc: '91350100M0001TGQXM'}) RETURN c.usccValid AS v")
                        .getFirst()
                        .get("v")
                        .asBoolean())
                .isFalse();
        assertThat(run.rejects("companies.rejects.csv")).anyMatch(l -> l.contains("'Z' at position 18"));
    }

    @Test
    void unknownColumnsAreIgnoredWithOneWarning() {
        assertThat(run.report().get("warnings").toString())
                .contains("companies.csv: unknown column(s) ignored: [extra_column]");
    }

    @Test
    void referencesMustResolveAndValuesStayInRange() {
        var shareholders = run.file("shareholders.csv");
        // a stake above 100 % is an optional value out of range: dropped and flagged; so is a holder type we do not
        // know
        // of a holder we can identify (inferred from the id and name); a holder without a name is rejected
        assertThat(shareholders.get("loaded").asLong()).isEqualTo(3);
        assertThat(shareholders.get("rejects").toString()).isEqualTo("{\"missing_value\":1,\"unknown_company\":1}");
        assertThat(shareholders.get("flags").toString()).isEqualTo("{\"dropped_holder_type\":1,\"dropped_stake\":1}");
        // the name decides, not the id: a national ID number is a well-formed USCC, and must not key a company
        assertThat(query("MATCH (h)-[:HOLDS_SHARES]->() WHERE h.name = '某某' RETURN labels(h) AS l, h.uscc AS u")
                        .getFirst()
                        .get("l")
                        .asList())
                .containsExactly("Person");
        // a kind we do not know is dropped and flagged when the case number says one (民初: civil)
        var cases = run.file("cases.csv");
        assertThat(cases.get("rejects").toString()).isEqualTo("{\"duplicate_key\":1}");
        assertThat(cases.get("flags").toString()).isEqualTo("{\"dropped_kind\":1}");
    }

    @Test
    void invoicesRejectDuplicatesSelfTradeBadDatesAndAmountsAndFlagBadTaxCodes() {
        var invoices = run.file("invoices.csv");
        assertThat(invoices.get("rejects").toString())
                .isEqualTo("{\"duplicate_key\":1,\"invalid_amount\":1,\"invalid_date\":1,\"self_trade\":1}");
        assertThat(invoices.get("flags").toString()).isEqualTo("{\"invalid_tax_code\":1,\"red_without_original\":1}");
        var trade = query(
                        "MATCH (:Company {uscc: $a})-[s:SUPPLIES]->(:Company {uscc: $b}) RETURN s.amount AS amount, s.redCount AS red",
                        Map.of("a", A, "b", B))
                .getFirst();
        assertThat(trade.get("amount").asDouble()).isEqualTo(12000.50 - 500 + 100);
        assertThat(trade.get("red").asLong()).isEqualTo(1);
    }

    @Test
    void thousandsSeparatorsAndWanYuanAreAmounts() {
        var capital = query(
                "MATCH (c:Company) WHERE c.uscc IN $u RETURN c.uscc AS u, c.registeredCapital AS cap ORDER BY u",
                Map.of("u", List.of(A, B)));
        assertThat(capital.get(0).get("cap").asDouble()).isEqualTo(5_000_000.0);
        assertThat(capital.get(1).get("cap").asDouble()).isEqualTo(1_000_000.0);
    }
}
