package dev.anchorgraph.loader.registry;

import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.ingest.LoadContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * GB/T 4754-2017 codes as written in registry exports: with or without the section letter ({@code C3311},
 * {@code 3311}). A well-formed code that the classification does not have is kept but flagged
 * ({@code unknown_industry_code}): the firm is real even when its code is stale.
 */
final class IndustryCodes {

    private static final Pattern CODE = Pattern.compile("([A-T])?(\\d{2,4})");

    private IndustryCodes() {}

    static String normalise(Row row, String column, LoadContext context) {
        var raw = row.get(column).toUpperCase(Locale.ROOT).replace(" ", "");
        if (raw.isEmpty()) {
            return null;
        }
        var m = CODE.matcher(raw);
        if (!m.matches()) {
            throw new Reject(
                    RejectReason.INVALID_VALUE,
                    column + " '" + row.get(column) + "' is not a GB/T 4754-2017 code (e.g. C3311 or 3311)");
        }
        var code = m.group(2);
        if (!context.industryExists(code)) {
            row.flag("unknown_industry_code");
        }
        return code;
    }
}
