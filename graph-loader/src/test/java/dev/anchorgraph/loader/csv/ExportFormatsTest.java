package dev.anchorgraph.loader.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatsTest {

    static final FileSpec INVOICES = new FileSpec(
            "invoices.csv",
            List.of("invoice_no", "seller_uscc", "buyer_uscc", "issued_on", "amount"),
            List.of("tax_amount", "item_name", "tax_code", "kind", "original_invoice_no"));
    static final FileSpec COMPANIES = new FileSpec("companies.csv", List.of("uscc", "name"), List.of("status"));
    static final String INVOICE_HEADER = "序号,发票代码,发票号码,数电发票号码,销方识别号,购方识别号,开票日期,金额,税额,发票状态,开票人\n";

    @TempDir
    Path dir;

    final Formats builtIn = Formats.load(null);

    @Test
    void anInvoiceExportIsReadAsInvoicesWithTheDigitalNumberElseCodePlusNumber() throws IOException {
        var file = write(
                "发票基础信息.csv",
                INVOICE_HEADER
                        + "1,,,25442000000012345601,91440300MA5DKT0014,91440300MA5DKT0128,2025-03-14 10:22:31,"
                        + "\"12,345.67\",1604.94,正常,张三\n"
                        + "2,044031900111,00123456,,91440300MA5DKT0014,91440300MA5DKT0128,2025-04-02 09:00:00,1,0.13,作废,张三\n");

        var rows = rows(file, INVOICES, builtIn);

        assertThat(rows.get(0).get("invoice_no")).isEqualTo("25442000000012345601");
        assertThat(rows.get(0).get("issued_on")).isEqualTo("2025-03-14");
        assertThat(rows.get(0).get("amount")).isEqualTo("12,345.67");
        assertThat(rows.get(0).get("kind")).isEqualTo("normal");
        assertThat(rows.get(1).get("invoice_no")).isEqualTo("04403190011100123456");
        assertThat(rows.get(1).get("kind")).isEqualTo("void");
    }

    @Test
    void theReportListsTheColumnsUsedAndIgnored() throws IOException {
        var file = write("发票基础信息.csv", INVOICE_HEADER);
        try (var csv = CsvFile.open(file, null, INVOICES, builtIn, null)) {
            assertThat(csv.format()).startsWith("发票基础信息");
            assertThat(csv.usedColumns()).contains("发票代码", "发票号码", "数电发票号码", "金额", "发票状态");
            assertThat(csv.unknownColumns()).containsExactly("序号", "开票人");
        }
    }

    @Test
    void aLineItemExportIsTakenForLineItemsNotForInvoices() throws IOException {
        var file = write(
                "发票明细.csv",
                "数电发票号码,销方识别号,购方识别号,开票日期,税收分类编码,货物或应税劳务名称,金额,税额\n"
                        + "25442000000012345601,91440300MA5DKT0014,91440300MA5DKT0128,2025-03-14,"
                        + "1080206010000000000,*钢材*热轧卷板,100,13\n");

        assertThat(CsvFile.recognise(file, null, List.of(COMPANIES, INVOICES), builtIn))
                .containsExactly(ColumnMapping.LINE_ITEMS);
    }

    @Test
    void aGb18030ExportIsReadWithoutNamingItsEncodingAndUtf8WithABomToo() throws IOException {
        var gbk = dir.resolve("企业列表.csv");
        Files.writeString(gbk, "企业名称,统一社会信用代码,登记状态\n甲公司,91440300MA5DKT0014,吊销，未注销\n", Charset.forName("GB18030"));
        var utf8 = dir.resolve("企业列表2.csv");
        Files.writeString(utf8, "\uFEFF企业名称,统一社会信用代码,登记状态\n甲公司,91440300MA5DKT0014,存续（在营、开业、在册）\n");

        assertThat(rows(gbk, COMPANIES, builtIn).getFirst().get("status")).isEqualTo("revoked");
        assertThat(rows(gbk, COMPANIES, builtIn).getFirst().get("name")).isEqualTo("甲公司");
        assertThat(rows(utf8, COMPANIES, builtIn).getFirst().get("status")).isEqualTo("active");
    }

    @Test
    void aMappingFileDescribesAnyOtherExportAndIsTriedFirst() throws IOException {
        var mapping = write("mapping.json", """
                {"format": "warehouse firms", "file": "companies.csv",
                 "columns": {"uscc": ["CREDIT_CODE"], "name": ["FIRM_NM"], "status": ["STS"]},
                 "values": {"status": {"A": "active"}}}
                """);
        var file = write("firms.csv", "FIRM_NM,CREDIT_CODE,STS,LOAD_TS\n甲公司,91440300MA5DKT0014,A,2026\n");

        try (var csv = CsvFile.open(file, null, COMPANIES, Formats.load(mapping), null)) {
            var row = csv.iterator().next();
            assertThat(csv.format()).isEqualTo("warehouse firms");
            assertThat(row.get("uscc")).isEqualTo("91440300MA5DKT0014");
            assertThat(row.get("status")).isEqualTo("active");
            assertThat(csv.unknownColumns()).containsExactly("LOAD_TS");
        }
    }

    @Test
    void aHeaderNoFormatRecognisesFailsTheFileNamingItsColumns() throws IOException {
        var file = write("other.csv", "a,b\n1,2\n");

        assertThatThrownBy(() -> CsvFile.open(file, null, COMPANIES, builtIn, null))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("missing required column(s) [uscc, name]")
                .hasMessageContaining("--columns");
    }

    @Test
    void anXlsxSheetIsReadRowByRowWithBlankCellsKeptInTheirColumns() throws IOException {
        var file = dir.resolve("企业列表.xlsx");
        try (var workbook = new SXSSFWorkbook(10);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            var names = List.of("企业名称", "法定代表人", "统一社会信用代码", "登记状态");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int r = 1; r <= 1000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("公司" + r);
                row.createCell(2).setCellValue("91440300MA5DKT0014");
            }
            workbook.write(out);
        }

        var rows = rows(file, COMPANIES, builtIn);

        assertThat(rows).hasSize(1000);
        assertThat(rows.getLast().line()).isEqualTo(1001);
        assertThat(rows.getLast().get("name")).isEqualTo("公司1000");
        assertThat(rows.getLast().get("uscc")).isEqualTo("91440300MA5DKT0014");
        assertThat(rows.getLast().get("status")).isEmpty();
        rows.getLast().checkShape();
    }

    @Test
    void xlsxNumbersAndDatesReadAsExcelShowsThem() throws IOException {
        var file = dir.resolve("发票基础信息.xlsx");
        try (var workbook = new SXSSFWorkbook(10);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            var names = List.of("数电发票号码", "销方识别号", "购方识别号", "开票日期", "金额", "税额", "发票状态");
            var header = sheet.createRow(0);
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            var money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("25442000000012345601");
            row.createCell(1).setCellValue("91440300MA5DKT0014");
            row.createCell(2).setCellValue("91440300MA5DKT0128");
            var issued = row.createCell(3);
            issued.setCellValue(java.time.LocalDateTime.of(2025, 3, 14, 10, 22, 31));
            issued.setCellStyle(date);
            var amount = row.createCell(4);
            amount.setCellValue(12345.67);
            amount.setCellStyle(money);
            row.createCell(5).setCellValue(1604.94);
            workbook.write(out);
        }

        var read = rows(file, INVOICES, builtIn).getFirst();

        assertThat(read.get("issued_on")).isEqualTo("2025-03-14");
        assertThat(read.get("amount")).isEqualTo("12,345.67");
        assertThat(read.get("tax_amount")).isEqualTo("1604.94");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<Row> rows(Path file, FileSpec spec, Formats formats) {
        var rows = new ArrayList<Row>();
        try (var csv = CsvFile.open(file, null, spec, formats, null)) {
            csv.forEach(rows::add);
        }
        return rows;
    }
}
