package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file type with optional values that cannot be read: each such value is dropped, the row loads, and the flag is
 * counted in the report and listed with its line and reason in {@code <file>.flags.csv}. No row is rejected.
 */
class OptionalValuesIT {

    static final String A = "91440300MA5DKT0014";
    static final String B = "91440300MA5DKT0128";

    @TempDir
    static Path work;

    static LoaderRun run;

    @BeforeAll
    static void loadFilesWithUnreadableOptionalValues() throws IOException {
        TestNeo4j.clear();
        var in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("companies.csv"), """
                uscc,name,industry_code,registered_capital,founded_on,status,scale
                %s,甲公司,not-a-code,很多钱,2018-02-30,bankrupt,huge
                %s,乙公司,5174,500万元,2015-06-01,active,small
                """.formatted(A, B));
        Files.writeString(in.resolve("shareholders.csv"), """
                company_uscc,holder_type,holder_id,holder_name,stake,subscribed_capital,since
                %s,person,440301197001011234,李建国,150%%,一些,昨天
                %s,person,,王芳,,,
                """.formatted(A, A));
        Files.writeString(in.resolve("officers.csv"), """
                company_uscc,person_id,person_name,role
                %s,440301197001011234,李建国,首席梦想官
                %s,4403**********1234,王芳,监事
                """.formatted(A, A));
        Files.writeString(in.resolve("borrowers.csv"), """
                uscc,lender,first_loan_on
                %s,某银行,2025-13-01
                """.formatted(B));
        Files.writeString(in.resolve("anchors.csv"), """
                uscc,program
                %s,钢构链 ★ 2026
                """.formatted(A));
        Files.writeString(in.resolve("cases.csv"), """
                case_no,kind,filed_on,closed_on,amount
                (2025)粤0306民初1号,civil,2025-02-30,never,1.2.3
                """);
        Files.writeString(in.resolve("case_parties.csv"), """
                case_no,party_name,party_uscc,role
                (2025)粤0306民初1号,甲公司,NOT-A-USCC,plaintiff
                """);
        Files.writeString(in.resolve("invoices.csv"), """
                invoice_no,seller_uscc,buyer_uscc,issued_on,amount,tax_amount,kind
                1001,%s,%s,2026-01-05,100.00,abc,blueish
                """.formatted(A, B));
        run = LoaderRun.load(in, work);
    }

    @Test
    void noFileRejectsARowForAnOptionalValue() {
        assertThat(run.exitCode()).as(run.output()).isZero();
        for (var file : run.report().get("files")) {
            assertThat(file.get("rejected").asLong()).as(file.toString()).isZero();
        }
    }

    @Test
    void companiesDropTheUnreadableValuesAndListThemWithLineAndReason() throws IOException {
        assertThat(run.file("companies.csv").get("flags").toString())
                .isEqualTo("{\"dropped_founded_on\":1,\"dropped_industry_code\":1,\"dropped_registered_capital\":1,"
                        + "\"dropped_scale\":1,\"dropped_status\":1}");
        assertThat(run.rejects("companies.flags.csv"))
                .contains("line,flag,message")
                .anyMatch(l ->
                        l.startsWith("2,dropped_founded_on,") && l.contains("invalid_date: founded_on '2018-02-30'"))
                .anyMatch(l -> l.startsWith("2,dropped_status,") && l.contains("invalid_value: status 'bankrupt'"));
        var firm = query("MATCH (c:Company {uscc: $a}) RETURN c.name AS n, c.foundedOn AS f", Map.of("a", A))
                .getFirst();
        assertThat(firm.get("n").asString()).isEqualTo("甲公司");
        assertThat(firm.get("f").isNull()).isTrue();
    }

    @Test
    void shareholdersKeepTheHoldingWithoutStakeCapitalOrDate() {
        assertThat(run.file("shareholders.csv").get("flags").toString())
                .isEqualTo("{\"dropped_since\":1,\"dropped_stake\":1,\"dropped_subscribed_capital\":1}");
        assertThat(query("MATCH (:Person)-[s:HOLDS_SHARES]->(:Company {uscc: $a}) RETURN s.stake AS s", Map.of("a", A))
                        .getFirst()
                        .get("s")
                        .isNull())
                .isTrue();
    }

    @Test
    void officersAndAnchorsTakeFreeTextAsWritten() {
        assertThat(run.file("officers.csv").get("loaded").asLong()).isEqualTo(2);
        assertThat(run.file("anchors.csv").get("loaded").asLong()).isEqualTo(1);
        assertThat(query("MATCH (:Person {name: '李建国'})-[o:OFFICER_OF]->(:Company) RETURN o.role AS r")
                        .getFirst()
                        .get("r")
                        .asString())
                .isEqualTo("首席梦想官");
    }

    @Test
    void aMaskedIdIsDroppedAndThePersonKeyedByCompanyAndNameLikeOneGivenWithoutAnId() {
        assertThat(run.file("officers.csv").get("flags").toString()).isEqualTo("{\"dropped_person_id\":1}");
        var wang = query("""
                MATCH (p:Person {name: '王芳'})
                RETURN count(p) AS people, collect { MATCH (p)-[r]->(:Company {uscc: $a}) RETURN type(r) } AS links""", Map.of("a", A)).getFirst();
        assertThat(wang.get("people").asLong()).isEqualTo(1);
        assertThat(wang.get("links").asList()).containsExactlyInAnyOrder("HOLDS_SHARES", "OFFICER_OF");
    }

    @Test
    void borrowersKeepTheLenderWithoutTheFirstLoanDate() {
        assertThat(run.file("borrowers.csv").get("flags").toString()).isEqualTo("{\"dropped_first_loan_on\":1}");
        assertThat(query("MATCH (c:Borrower) RETURN c.lender AS l")
                        .getFirst()
                        .get("l")
                        .asString())
                .isEqualTo("某银行");
    }

    @Test
    void casesDropUnreadableDatesAndAmounts() {
        assertThat(run.file("cases.csv").get("flags").toString())
                .isEqualTo("{\"dropped_amount\":1,\"dropped_closed_on\":1,\"dropped_filed_on\":1}");
        assertThat(query("MATCH (k:Case) RETURN k.kind AS k")
                        .getFirst()
                        .get("k")
                        .asString())
                .isEqualTo("civil");
    }

    @Test
    void aCasePartyWithAMalformedUsccIsKeptAndResolvedByName() {
        var parties = run.file("case_parties.csv");
        assertThat(parties.get("flags").toString()).isEqualTo("{\"dropped_party_uscc\":1}");
        assertThat(parties.get("details").toString()).doesNotContain("resolved_by_uscc");
        assertThat(query("MATCH ()-[t:PARTY_TO]->(:Case) RETURN t.partyName AS n")
                        .getFirst()
                        .get("n")
                        .asString())
                .isEqualTo("甲公司");
    }

    @Test
    void invoicesDropAnUnreadableTaxAmountAndKind() {
        assertThat(run.file("invoices.csv").get("flags").toString())
                .isEqualTo("{\"dropped_kind\":1,\"dropped_tax_amount\":1}");
        assertThat(query("MATCH (:Company)-[s:SUPPLIES]->(:Company) RETURN s.amount AS a")
                        .getFirst()
                        .get("a")
                        .asDouble())
                .isEqualTo(100.0);
    }
}
