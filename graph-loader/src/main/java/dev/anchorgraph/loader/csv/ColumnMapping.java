package dev.anchorgraph.loader.csv;

import java.util.List;
import java.util.Map;

/**
 * An export format: which source columns give which contract column. The built-in formats are such mappings,
 * shipped as data ({@code export-formats.json}); a user's {@code --columns} file holds more of them.
 *
 * @param format  the name the load report shows, e.g. {@code 发票基础信息 (e-tax invoice export)}
 * @param file    the contract file it stands for ({@code companies.csv}…), or {@link #LINE_ITEMS}
 * @param columns contract column → source columns to try in order; {@code A+B} joins two source columns
 *                (the first alternative whose columns are all non-empty in a row gives the value)
 * @param values  contract column → source value → contract value (vendor vocabularies); others pass unchanged
 * @param dates   contract columns whose source values carry a time after the date, cut off here
 * @param unless  source columns whose presence means a header is another export (a line-item export also has the
 *                invoice columns; a shareholder list also has the company's name and code)
 */
public record ColumnMapping(
        String format,
        String file,
        Map<String, List<String>> columns,
        Map<String, Map<String, String>> values,
        List<String> dates,
        List<String> unless) {

    /** The target of an invoice line-item export: combined into the invoices of an invoice export. */
    public static final String LINE_ITEMS = "invoice-line-items";

    public ColumnMapping {
        columns = Map.copyOf(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
        dates = dates == null ? List.of() : List.copyOf(dates);
        unless = unless == null ? List.of() : List.copyOf(unless);
    }
}
