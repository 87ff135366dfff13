package dev.anchorgraph.loader.load;

import java.util.List;

/**
 * Which file stood for a contract file in a load, and how it was read.
 *
 * @param file           the file's name in the input folder, e.g. {@code 发票基础信息.xlsx}
 * @param format         {@code contract} (our own column names) or the export format that recognised its header
 * @param usedColumns    source columns the format reads
 * @param ignoredColumns source columns nothing reads
 * @param lineItems      the line-item export combined into these invoices, or {@code null}
 */
public record SourceFile(
        String file, String format, List<String> usedColumns, List<String> ignoredColumns, String lineItems) {

    public SourceFile {
        usedColumns = List.copyOf(usedColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
