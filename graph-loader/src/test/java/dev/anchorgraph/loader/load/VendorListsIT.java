package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * A registry-data vendor's lists under their original names (src/test/resources/vendor-lists, invented firms): a
 * company list (UTF-8 with a BOM), shareholders (GB18030), key personnel (.xlsx) and a case list with one row per
 * party. No holder or officer has an id; a foreign parent has no USCC; 王伟 is a director of two firms (two people)
 * and both shareholder and officer of one (one person).
 */
class VendorListsIT {

    static final Path LISTS = Path.of("src/test/resources/vendor-lists");
    static final String INVESTMENT = "91440300MA5WJT0013";
    static final String OPERATOR = "91440300MA5WJT0026";
    static final String HARDWARE = "91441900MA5GDW003D";

    @TempDir
    static Path work;

    static LoaderRun run;

    @BeforeAll
    static void load() throws IOException {
        TestNeo4j.clear();
        var in = Files.createDirectories(work.resolve("in"));
        for (var name : List.of("企业列表.csv", "股东信息.csv", "裁判文书.csv")) {
            Files.copy(LISTS.resolve(name), in.resolve(name));
        }
        RealExportsIT.toXlsx(LISTS.resolve("主要人员.csv"), in.resolve("主要人员.xlsx"));
        run = LoaderRun.load(in, work, "--no-score");
    }

    @Test
    void everyListLoadsWithNoRowRejectedOrFlagged() {
        assertThat(run.exitCode()).as(run.output()).isZero();
        for (var file : List.of("companies.csv", "shareholders.csv", "officers.csv", "cases.csv", "case_parties.csv")) {
            var report = run.file(file);
            assertThat(report.get("status").asText()).as(file).isEqualTo("loaded");
            assertThat(report.get("rejected").asLong()).as(report.toString()).isZero();
            assertThat(report.get("flagged").asLong()).as(report.toString()).isZero();
        }
        assertThat(run.file("shareholders.csv").get("loaded").asLong()).isEqualTo(6);
        assertThat(run.file("officers.csv").get("loaded").asLong()).isEqualTo(5);
        assertThat(run.file("case_parties.csv").get("loaded").asLong()).isEqualTo(4);
    }

    @Test
    void theReportSaysWhichVendorFormatReadEachFile() {
        assertThat(source("shareholders.csv")).isEqualTo("股东信息.csv as 股东信息");
        assertThat(source("officers.csv")).isEqualTo("主要人员.xlsx as 主要人员");
        assertThat(source("cases.csv")).isEqualTo("裁判文书.csv as 裁判文书");
        assertThat(source("case_parties.csv")).isEqualTo("裁判文书.csv as 当事人");
    }

    @Test
    void theCaseListGivesItsCasesOnceWithTheKindItsNumberSays() {
        var cases = run.file("cases.csv");
        assertThat(cases.get("loaded").asLong()).isEqualTo(2);
        assertThat(cases.get("details").get("repeated_rows").asLong()).isEqualTo(2);
        var kinds = query("""
                MATCH (k:Case) RETURN k.caseNo AS no, k.kind AS kind, k.court AS court, toString(k.filedOn) AS filed
                ORDER BY no""");
        assertThat(kinds)
                .extracting(r -> r.get("no").asString() + " " + r.get("kind").asString() + " "
                        + r.get("court").asString() + " " + r.get("filed").asString())
                .containsExactly(
                        "(2024)粤0305民初1234号 civil 深圳市南山区人民法院 2024-03-05",
                        "(2025)粤1971执888号 enforcement 东莞市第一人民法院 2025-01-10");
        var enforced = query("""
                MATCH (c:Company)-[t:PARTY_TO {role: 'enforced_party'}]->(:Case {caseNo: '(2025)粤1971执888号'})
                RETURN c.uscc AS uscc""");
        assertThat(enforced).extracting(r -> r.get("uscc").asString()).containsExactly(HARDWARE);
    }

    @Test
    void theOwnershipChainReachesTheForeignParentWithoutAUscc() {
        var chain = query("""
                MATCH p = (top)-[:HOLDS_SHARES*]->(:Company {uscc: $operator})
                WHERE NOT ()-[:HOLDS_SHARES]->(top)
                RETURN [n IN nodes(p) | coalesce(n.uscc, n.key)] AS path
                ORDER BY length(p) DESC LIMIT 1
                """, Map.of("operator", OPERATOR)).getFirst();
        assertThat(chain.get("path").asList()).containsExactly("name/VG/湾景控股有限公司", INVESTMENT, OPERATOR);
        var holders = query("""
                MATCH (h)-[s:HOLDS_SHARES]->(:Company {uscc: $operator})
                RETURN labels(h)[0] AS label, coalesce(h.uscc, h.key) AS key, s.subscribedCapitalCurrency AS currency
                ORDER BY key""", Map.of("operator", OPERATOR));
        assertThat(holders)
                .extracting(r -> r.get("label").asString() + " " + r.get("key").asString() + " "
                        + r.get("currency").asString())
                .containsExactly(
                        "Company " + INVESTMENT + " CNY",
                        "Organisation name/?/湾景员工持股计划 CNY",
                        "Organisation name/HK/香港湾景发展有限公司 HKD");
    }

    @Test
    void homonymousDirectorsOfTwoFirmsAreTwoPeople() {
        var wangWei = query("""
                MATCH (p:Person {name: '王伟'})-[o:OFFICER_OF]->(c:Company)
                RETURN p.id AS id, c.uscc AS company, collect(o.role) AS roles ORDER BY company""");
        assertThat(wangWei).hasSize(2);
        assertThat(wangWei.get(0).get("id").asString())
                .isNotEqualTo(wangWei.get(1).get("id").asString());
        assertThat(wangWei.get(1).get("roles").asList())
                .containsExactlyInAnyOrder("executive_director", "general_manager");
        assertThat(query("MATCH (p:Person) RETURN count(p) AS n")
                        .getFirst()
                        .get("n")
                        .asLong())
                .isEqualTo(5);
    }

    @Test
    void aShareholderWhoIsAlsoAnOfficerOfTheSameFirmIsOnePerson() {
        var li = query("""
                MATCH (p:Person {name: '李建华'})
                RETURN count(p) AS people,
                       collect { MATCH (p)-[:HOLDS_SHARES]->(c) RETURN c.uscc } AS holds,
                       collect { MATCH (p)-[o:OFFICER_OF]->(c) RETURN o.role + ' ' + o.title } AS serves""").getFirst();
        assertThat(li.get("people").asLong()).isEqualTo(1);
        assertThat(li.get("holds").asList()).containsExactly(HARDWARE);
        assertThat(li.get("serves").asList()).containsExactly("supervisor 监事");
    }

    @Test
    void aBulkLoadOfTheListsBuildsTheSameGraph() {
        var transactional = LoaderRun.export();
        var store = work.resolve("store");
        var reportDir = work.resolve("bulk-report");
        var bulk = LoaderRun.run(
                cli -> {},
                reportDir,
                "bulk",
                "--input",
                work.resolve("in").toString(),
                "--report-dir",
                reportDir.toString(),
                "--pseudonym-key-file",
                work.resolve("pseudonym.key").toString(),
                "--no-score",
                "--store",
                store.toString());
        assertThat(bulk.exitCode()).as(bulk.output()).isZero();
        try (var db = new EmbeddedNeo4j(store, "127.0.0.1", 0, 64L << 20).start();
                var driver = GraphDatabase.driver(db.boltUri())) {
            assertThat(LoaderRun.export(driver)).isEqualTo(transactional);
        }
    }

    private static String source(String file) {
        var source = run.file(file).get("source");
        return source.get("file").asText() + " as "
                + source.get("format").asText().split(" ")[0];
    }
}
