import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The generator's invoices.csv rewritten as the e-tax bureau exports it (benchmarks/formats.sh, ADR 0012): 发票基础信息
 * and 发票明细 (one line item per invoice) as GB18030 CSV with thousands separators and a time on 开票日期, and the same
 * two as .xlsx (POI's streaming writer, every cell text, as the exports are). Same rows, same amounts.
 *   java -cp graph-loader/target/graph-loader.jar benchmarks/ExportFormats.java DATA_DIR OUT_DIR
 */
public class ExportFormats {
    static final List<String> BASIC = List.of("序号", "发票代码", "发票号码", "数电发票号码", "销方识别号", "销方名称", "购方识别号",
            "购买方名称", "开票日期", "金额", "税额", "价税合计", "发票来源", "发票票种", "发票状态", "是否正数发票", "发票风险等级", "开票人", "备注");
    static final List<String> ITEMS = List.of("序号", "数电发票号码", "销方识别号", "购方识别号", "开票日期", "税收分类编码", "货物或应税劳务名称",
            "规格型号", "单位", "数量", "单价", "金额", "税率", "税额", "价税合计");

    public static void main(String[] args) throws IOException {
        var in = Path.of(args[0]).resolve("invoices.csv");
        var out = Files.createDirectories(Path.of(args[1]));
        var money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        var gbk = Charset.forName("GB18030");
        try (var reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
                var basicCsv = printer(out.resolve("发票基础信息.csv"), gbk, BASIC);
                var itemsCsv = printer(out.resolve("发票明细.csv"), gbk, ITEMS);
                var basicBook = new SXSSFWorkbook(200);
                var itemsBook = new SXSSFWorkbook(200)) {
            var basicSheet = basicBook.createSheet("发票基础信息");
            var itemsSheet = itemsBook.createSheet("发票明细");
            row(basicSheet, 0, BASIC);
            row(itemsSheet, 0, ITEMS);
            int n = 0;
            for (var r : records) {
                n++;
                var kind = r.get("kind");
                var amount = new BigDecimal(r.get("amount"));
                var tax = r.get("tax_amount").isEmpty() ? BigDecimal.ZERO : new BigDecimal(r.get("tax_amount"));
                if (kind.equals("red")) {
                    amount = amount.abs().negate();
                    tax = tax.abs().negate();
                }
                var issued = r.get("issued_on") + " 10:15:00";
                var basic = List.of(String.valueOf(n), "", "", r.get("invoice_no"), r.get("seller_uscc"), "", r.get("buyer_uscc"),
                        "", issued, money.format(amount), money.format(tax), money.format(amount.add(tax)), "电子发票服务平台",
                        "数电发票（增值税专用发票）", kind.equals("void") ? "作废" : "正常", amount.signum() < 0 ? "否" : "是", "正常", "开票员", "");
                var item = List.of(String.valueOf(n), r.get("invoice_no"), r.get("seller_uscc"), r.get("buyer_uscc"), issued,
                        r.get("tax_code"), r.get("item_name"), "", "批", "1", money.format(amount), money.format(amount), "13%",
                        money.format(tax), money.format(amount.add(tax)));
                basicCsv.printRecord(basic);
                itemsCsv.printRecord(item);
                row(basicSheet, n, basic);
                row(itemsSheet, n, item);
            }
            write(basicBook, out.resolve("发票基础信息.xlsx"));
            write(itemsBook, out.resolve("发票明细.xlsx"));
            System.out.println(n + " invoices written as 发票基础信息 and 发票明细 (.csv in GB18030, .xlsx) to " + out);
        }
    }

    static CSVPrinter printer(Path path, Charset charset, List<String> header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(path, charset);
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);
        return printer;
    }

    static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    static void write(SXSSFWorkbook book, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            book.write(out);
        }
    }
}
