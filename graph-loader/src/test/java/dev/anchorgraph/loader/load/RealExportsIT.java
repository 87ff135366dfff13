package dev.anchorgraph.loader.load;

import static dev.anchorgraph.loader.LoaderRun.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of real-shaped exports under their original names (src/test/resources/exports: an e-tax invoice export
 * and its line items in GB18030, a vendor's company list in UTF-8 with a BOM) loads with nothing but --input, and
 * every invoice is accounted for to the cent.
 */
class RealExportsIT {

    static final Path EXPORTS = Path.of("src/test/resources/exports");
    /** 金额 of the fixture's invoices that are trade: blue ones plus the red one (negative); the void one apart. */
    static final String TRADE = "869134.80";

    static final String VOID = "8888.88";

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestNeo4j.clear();
    }

    @Test
    void gb18030CsvExportsUnderTheirOriginalNamesLoadWithEveryInvoiceAccountedFor() {
        var run = LoaderRun.load(EXPORTS, work, "--no-score");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertEveryInvoiceAccountedFor(run, "发票基础信息.csv", "发票明细.csv");
    }

    @Test
    void xlsxExportsLoadTheSameAsTheirCsv() throws IOException {
        var in = Files.createDirectories(work.resolve("xlsx"));
        Files.copy(EXPORTS.resolve("企业列表.csv"), in.resolve("企业列表.csv"));
        toXlsx(EXPORTS.resolve("发票基础信息.csv"), in.resolve("发票基础信息.xlsx"));
        toXlsx(EXPORTS.resolve("发票明细.csv"), in.resolve("发票明细.xlsx"));

        var run = LoaderRun.load(in, work.resolve("report"), "--no-score");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertEveryInvoiceAccountedFor(run, "发票基础信息.xlsx", "发票明细.xlsx");
    }

    @Test
    void theReportSaysWhichFormatRecognisedEachFileAndWhichColumnsItUsedAndIgnored() {
        var run = LoaderRun.load(EXPORTS, work, "--no-score");

        var companies = run.file("companies.csv").get("source");
        assertThat(companies.get("file").asText()).isEqualTo("企业列表.csv");
        assertThat(companies.get("format").asText()).startsWith("企业列表");
        assertThat(companies.get("usedColumns").toString()).contains("统一社会信用代码", "登记状态");
        assertThat(companies.get("ignoredColumns").toString()).contains("法定代表人", "企业类型");
        assertThat(run.output()).contains("read 企业列表.csv as 企业列表", "columns ignored: 法定代表人");
        assertThat(query("MATCH (c:Company {uscc: '91441900MA4UPL0239'}) RETURN c.status AS s")
                        .getFirst()
                        .get("s")
                        .asString())
                .isEqualTo("revoked");
    }

    private static void assertEveryInvoiceAccountedFor(LoaderRun run, String invoices, String items) {
        var report = run.file("invoices.csv");
        assertThat(report.get("rejected").asLong()).as(run.output()).isZero();
        assertThat(run.file("companies.csv").get("rejected").asLong())
                .as(run.output())
                .isZero();
        assertThat(report.get("loaded").asLong()).isEqualTo(6);
        assertThat(report.get("source").get("file").asText()).isEqualTo(invoices);
        assertThat(report.get("source").get("lineItems").asText()).isEqualTo(items);
        var sums = query("MATCH ()-[s:SUPPLIES]->() RETURN toString(round(sum(s.amount), 2)) AS trade,"
                        + " toString(round(sum(s.voidAmount), 2)) AS void")
                .getFirst();
        assertThat(new java.math.BigDecimal(sums.get("trade").asString())).isEqualByComparingTo(TRADE);
        assertThat(new java.math.BigDecimal(sums.get("void").asString())).isEqualByComparingTo(VOID);
        var categories = query("MATCH (:Company {uscc: '91440300MA5DKT0014'})-[s:SUPPLIES]->"
                        + "(:Company {uscc: '91440300MA5DKT0128'}) RETURN s.categories AS c")
                .getFirst()
                .get("c")
                .asList(v -> v.asString());
        // invoice …601 has two lines: steel coil and bolts; both categories are kept, not only the largest line's
        assertThat(categories).containsExactly("金属制品", "钢材");
    }

    /** Writes a CSV export as the .xlsx the e-tax bureau offers: one sheet, every cell text, with POI's writer. */
    static void toXlsx(Path csv, Path xlsx) throws IOException {
        var text = Files.readString(csv, Charset.forName("GB18030"));
        var records =
                new ArrayList<>(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords());
        try (var workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet("发票");
            for (int r = 0; r < records.size(); r++) {
                var row = sheet.createRow(r);
                var record = records.get(r);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            workbook.write(out);
        }
    }
}
