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

/** Litigation parties without a USCC: resolved by name only when the match is confident and unambiguous. */
class CasePartiesIT {

    static final String SHENZHEN = "91440300MA5DKT0014";
    static final String SHANGHAI = "91310000MA1GHT0564";

    @TempDir
    static Path work;

    static LoaderRun run;

    @BeforeAll
    static void load() throws IOException {
        TestNeo4j.clear();
        var in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("companies.csv"), """
                uscc,name
                %s,深圳市华瑞科技有限公司
                %s,上海华瑞科技有限公司
                """.formatted(SHENZHEN, SHANGHAI));
        Files.writeString(in.resolve("cases.csv"), """
                case_no,kind,filed_on
                (2025)粤0306民初1号,civil,2025-01-01
                """);
        Files.writeString(in.resolve("case_parties.csv"), """
                case_no,party_name,party_uscc,role
                (2025)粤0306民初1号,华瑞科技（深圳）有限公司,,defendant
                （2025）粤0306民初1号,华瑞科技有限公司,,third_party
                (2025)粤0306民初1号,张伟,,plaintiff
                (2025)粤0306民初1号,某某未登记公司,91440300MA5YYY9995,applicant
                (2025)粤0306民初2号,深圳市华瑞科技有限公司,,defendant
                """);
        run = LoaderRun.load(in, work, "--max-reject-rate", "1");
    }

    @Test
    void aNameVariantWithItsRegionResolvesToTheRightCompany() {
        var r = query("""
                MATCH (c:Company)-[p:PARTY_TO {role: 'defendant'}]->(:Case {caseNo: '(2025)粤0306民初1号'})
                RETURN c.uscc AS uscc, p.resolvedBy AS by, p.partyName AS name
                """).getFirst();
        assertThat(r.get("uscc").asString()).isEqualTo(SHENZHEN);
        assertThat(r.get("by").asString()).isEqualTo("name");
    }

    @Test
    void aNameThatFitsTwoCompaniesIsKeptAsAnAmbiguousPartyWithItsCandidates() {
        var r = query("""
                MATCH (p:Party)-[:PARTY_TO {role: 'third_party'}]->(:Case)
                RETURN p.resolution AS resolution, p.candidates AS candidates
                """).getFirst();
        assertThat(r.get("resolution").asString()).isEqualTo("ambiguous");
        assertThat(r.get("candidates").asList()).containsExactlyInAnyOrder(SHENZHEN, SHANGHAI);
    }

    @Test
    void aPersonAndAnUnknownCodeStayPartiesNeverMergedIntoCompanies() {
        var parties = query("MATCH (p:Party) RETURN p.name AS name, p.resolution AS r, p.uscc AS uscc ORDER BY name");
        assertThat(parties)
                .extracting(r -> r.get("name").asString() + ":" + r.get("r").asString())
                .contains("张伟:unresolved", "某某未登记公司:unknown_uscc");
        assertThat(query("MATCH (c:Company) RETURN count(c) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void theReportCountsHowPartiesWereResolvedAndRejectsUnknownCases() {
        var parties = run.file("case_parties.csv");
        assertThat(parties.get("details").toString())
                .isEqualTo(
                        "{\"resolved_by_ambiguous\":1,\"resolved_by_name\":1,\"resolved_by_unknown_uscc\":1,\"resolved_by_unresolved\":1}");
        assertThat(parties.get("rejects").toString()).isEqualTo("{\"unknown_case\":1}");
        assertThat(query("MATCH (:Case)<-[r:PARTY_TO]-() RETURN count(r) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(4);
    }

    @Test
    void caseNumbersWithFullWidthBracketsAreTheSameCase() {
        assertThat(query("MATCH (k:Case) RETURN count(k) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(1);
        assertThat(query("MATCH (:Case {caseNo: $c})<-[r]-() RETURN count(r) AS n", Map.of("c", "(2025)粤0306民初1号"))
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(4);
    }
}
