package dev.anchorgraph.loader.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a source file by its extension: an .xlsx workbook, else CSV. */
final class Tables {

    static final List<String> EXTENSIONS = List.of(".csv", ".xlsx");

    private Tables() {}

    static Table open(Path path, Charset charset) {
        var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? new XlsxTable(path) : new CsvTable(path, charset);
    }
}
