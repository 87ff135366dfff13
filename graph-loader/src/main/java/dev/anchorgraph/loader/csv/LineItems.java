package dev.anchorgraph.loader.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An invoice line-item export (发票明细), read to complete the invoices of an invoice export (发票基础信息): each
 * invoice takes the goods name and tax code of its largest line (so a bad tax code is flagged on the invoice as in
 * our contract) and the {@link Categories} of all its lines, which fraud checks compare with the seller's industry.
 * Held as one entry per invoice, not per line. Line amounts are only compared, so they are read as doubles: no
 * {@code BigDecimal} per line (the pass runs once per invoice line, as often as the invoice pass itself).
 */
final class LineItems {

    static final FileSpec SPEC =
            new FileSpec(ColumnMapping.LINE_ITEMS, List.of("invoice_no", "item_name"), List.of("tax_code", "amount"));

    /** What an invoice takes from its lines: {@code item_name}, {@code tax_code}, {@code item_categories}. */
    static final List<String> COLUMNS = List.of("item_name", "tax_code", "item_categories");

    private LineItems() {}

    /** invoice number → the values of {@link #COLUMNS}; empty when no format recognises the file. */
    static Map<String, String[]> read(Path path, Charset charset, Formats formats) {
        var items = new HashMap<String, Item>();
        try (var table = Tables.open(path, charset)) {
            var columns = formats.recognise(table.header(), SPEC);
            if (columns == null) {
                return Map.of();
            }
            int number = columns.index.get("invoice_no");
            int name = columns.index.get("item_name");
            Integer tax = columns.index.get("tax_code");
            Integer amount = columns.index.get("amount");
            for (var line : table) {
                var cells = line.cells();
                var invoice = columns.value(cells, number);
                var item = items.computeIfAbsent(invoice, i -> new Item());
                item.add(
                        columns.value(cells, name),
                        tax == null ? "" : columns.value(cells, tax),
                        amount == null ? 0 : amount(columns.value(cells, amount)));
            }
        }
        var out = HashMap.<String, String[]>newHashMap(items.size());
        items.forEach((invoice, item) -> out.put(
                invoice, new String[] {item.name, item.tax, String.join(Categories.SEPARATOR_TEXT, item.categories)}));
        return out;
    }

    private static double amount(String text) {
        try {
            return Math.abs(Double.parseDouble(text.replace(",", "")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The lines of one invoice so far: the largest line's goods and the distinct categories of all. */
    private static final class Item {
        String name;
        String tax;
        double largest = -1;
        final List<String> categories = new java.util.ArrayList<>(2);

        void add(String itemName, String taxCode, double amount) {
            if (amount > largest) {
                largest = amount;
                name = itemName;
                tax = taxCode;
            }
            var category = Categories.of(itemName, Categories.validTaxCode(taxCode) ? taxCode : null);
            if (category != null && !categories.contains(category)) {
                categories.add(category);
            }
        }
    }
}
