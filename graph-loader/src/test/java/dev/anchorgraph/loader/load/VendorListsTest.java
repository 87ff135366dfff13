package dev.anchorgraph.loader.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.csv.CsvFile;
import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Formats;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.litigation.CaseParties;
import dev.anchorgraph.loader.litigation.Cases;
import dev.anchorgraph.loader.registry.Anchors;
import dev.anchorgraph.loader.registry.Borrowers;
import dev.anchorgraph.loader.registry.Companies;
import dev.anchorgraph.loader.registry.Officers;
import dev.anchorgraph.loader.registry.Shareholders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry-data vendors' lists, recognised by their header rows among the real contract files. */
class VendorListsTest {

    static final List<FileSpec> SPECS = Stream.<RowType<?>>of(
                    new Companies(),
                    new Anchors(),
                    new Borrowers(),
                    new Shareholders(),
                    new Officers(),
                    new Cases(),
                    new CaseParties())
            .map(RowType::spec)
            .toList();

    @TempDir
    Path dir;

    final Formats builtIn = Formats.load(null);

    @Test
    void aShareholderListIsShareholdersWithTheVendorsHolderTypesInOurWords() throws IOException {
        var file = write("股东信息.csv", """
                序号,企业名称,统一社会信用代码,股东名称,股东类型,持股比例,认缴出资额,认缴出资日期,国别/地区
                1,甲公司,91440300MA5DKT0014,王伟,自然人股东,55.24%,500万元,2030-12-31,
                2,甲公司,91440300MA5DKT0014,海桥控股有限公司,外国(地区)企业,44.76%,10824311 美元,2030-12-31 00:00:00,香港
                3,甲公司,91440300MA5DKT0014,某某工会委员会,其他,,,,
                4,甲公司,91440300MA5DKT0014,某某基金会,基金会,,,,
                """);

        assertThat(targets(file)).containsExactly("shareholders.csv");
        var rows = rows(file, "shareholders.csv");
        assertThat(rows).extracting(r -> r.get("holder_type")).containsExactly("person", "company", "", "基金会");
        assertThat(rows.get(0).get("company_uscc")).isEqualTo("91440300MA5DKT0014");
        assertThat(rows.get(0).get("holder_id")).isEmpty();
        assertThat(rows.get(0).get("stake")).isEqualTo("55.24%");
        assertThat(rows.get(1).get("subscribed_capital")).isEqualTo("10824311 美元");
        assertThat(rows.get(1).get("since")).isEqualTo("2030-12-31");
        assertThat(rows.get(1).get("holder_jurisdiction")).isEqualTo("香港");
    }

    @Test
    void aKeyPersonnelListIsOfficersAndNotACompanyList() throws IOException {
        var file = write("主要人员.csv", """
                序号,企业名称,统一社会信用代码,姓名,职务
                1,甲公司,91440300MA5DKT0014,王伟,执行董事兼总经理
                """);

        assertThat(targets(file)).containsExactly("officers.csv");
        var row = rows(file, "officers.csv").getFirst();
        assertThat(row.get("person_name")).isEqualTo("王伟");
        assertThat(row.get("role")).isEqualTo("执行董事兼总经理");
        assertThat(row.get("person_id")).isEmpty();
    }

    @Test
    void aCaseListWithOneRowPerPartyIsTheCasesAndTheirParties() throws IOException {
        var file = write("裁判文书.csv", """
                案号,法院,案由,立案日期,当事人,诉讼地位
                （2025）粤0305民初123号,深圳市南山区人民法院,买卖合同纠纷,2025-02-03 00:00:00,甲公司,原告
                （2025）粤0305民初123号,深圳市南山区人民法院,买卖合同纠纷,2025-02-03 00:00:00,乙公司,上诉人（原审被告）
                """);

        assertThat(targets(file)).containsExactly("cases.csv", "case_parties.csv");
        var cases = rows(file, "cases.csv");
        assertThat(cases.getFirst().get("court")).isEqualTo("深圳市南山区人民法院");
        assertThat(cases.getFirst().get("cause")).isEqualTo("买卖合同纠纷");
        assertThat(cases.getFirst().get("filed_on")).isEqualTo("2025-02-03");
        assertThat(cases.getFirst().get("kind")).isEmpty();
        assertThat(rows(file, "case_parties.csv"))
                .extracting(r -> r.get("role"))
                .containsExactly("原告", "defendant");
    }

    @Test
    void theQueriedCompanysCodeInACaseListExportedPerCompanyIsNeverTakenForAPartysCode() throws IOException {
        // a vendor's per-company export repeats the company it was run for on every row, the opposing party's too
        var file = write("裁判文书.csv", """
                企业名称,统一社会信用代码,案号,法院,当事人,诉讼地位
                甲公司,91440300MA5DKT0014,（2025）粤0305民初123号,深圳市南山区人民法院,甲公司,原告
                甲公司,91440300MA5DKT0014,（2025）粤0305民初123号,深圳市南山区人民法院,乙银行,被告
                """);

        assertThat(rows(file, "case_parties.csv"))
                .extracting(r -> r.get("party_name") + "/" + r.get("party_uscc"))
                .containsExactly("甲公司/", "乙银行/");
    }

    @Test
    void aCaseRepeatedInEachRowOfItsPartiesIsReadOnceWhenRepeatsAreSkipped() throws IOException {
        var file = write("裁判文书.csv", """
                案号,法院,当事人,诉讼地位
                (2025)京0105执5678号,北京市朝阳区人民法院,甲公司,申请执行人
                (2025)京0105执5678号,北京市朝阳区人民法院,乙公司,被执行人
                (2025)京0105执5679号,北京市朝阳区人民法院,乙公司,被执行人
                """);
        var spec = spec("cases.csv");

        try (var csv = CsvFile.open(file, null, spec, builtIn, null).skippingRepeats()) {
            var rows = new ArrayList<Row>();
            csv.forEach(rows::add);
            assertThat(rows).extracting(Row::line).containsExactly(2L, 4L);
            assertThat(csv.repeated()).isEqualTo(1);
        }
    }

    @Test
    void aContractHeaderStandsForOneFileOnly() throws IOException {
        var file = write("firms.csv", "uscc,name,program\n91440300MA5DKT0014,甲公司,x\n");

        assertThat(targets(file)).containsExactly("companies.csv");
    }

    @Test
    void aCompanyListIsStillOnlyCompanies() throws IOException {
        var file = write("企业列表.csv", "企业名称,统一社会信用代码,法定代表人,登记状态\n甲公司,91440300MA5DKT0014,王伟,存续\n");

        assertThat(targets(file)).containsExactly("companies.csv");
    }

    private List<String> targets(Path file) {
        return CsvFile.recognise(file, null, SPECS, builtIn);
    }

    private List<Row> rows(Path file, String contractFile) {
        var rows = new ArrayList<Row>();
        try (var csv = CsvFile.open(file, null, spec(contractFile), builtIn, null)) {
            csv.forEach(rows::add);
        }
        return rows;
    }

    private static FileSpec spec(String name) {
        return SPECS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
