package dev.anchorgraph.loader.csv;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An invoice line-item export (发票明细), read to complete the invoices of an invoice export (发票基础信息): each
 * invoice takes the goods name and tax code of its largest line, whose {@code *category*} is what fraud checks
 * compare with the seller's industry. Held as one entry per invoice, not per line.
 */
final class LineItems {

    static final FileSpec SPEC =
            new FileSpec(ColumnMapping.LINE_ITEMS, List.of("invoice_no", "item_name"), List.of("tax_code", "amount"));

    private LineItems() {}

    static Map<String, String[]> read(Path path, Charset charset, Formats formats) {
        var largest = new HashMap<String, BigDecimal>();
        var items = new HashMap<String, String[]>();
        try (var table = Tables.open(path, charset)) {
            var columns = formats.recognise(table.header(), SPEC);
            if (columns == null) {
                return Map.of();
            }
            for (var line : table) {
                var values = columns.map(line.cells());
                var invoice = values[columns.index.get("invoice_no")];
                var amount = amount(columns.index.containsKey("amount") ? values[columns.index.get("amount")] : "");
                var before = largest.get(invoice);
                if (before == null || amount.compareTo(before) > 0) {
                    largest.put(invoice, amount);
                    var tax = columns.index.containsKey("tax_code") ? values[columns.index.get("tax_code")] : "";
                    items.put(invoice, new String[] {values[columns.index.get("item_name")], tax});
                }
            }
        }
        return items;
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text.replace(",", "")).abs();
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
