package dev.anchorgraph.loader.registry;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.ingest.LoadContext;
import java.util.Set;

/** The reference check shared by the files that mark existing companies (anchors, borrowers, shareholdings). */
final class CompanyFlags {

    private CompanyFlags() {}

    /** A USCC that must name a company already in this load or the graph. */
    static String existing(Row row, String column, LoadContext context) {
        var uscc = Values.uscc(row, column).value();
        if (!context.companyExists(uscc)) {
            throw new Reject(
                    RejectReason.UNKNOWN_COMPANY, column + " " + uscc + " is not in companies.csv nor in the graph");
        }
        return uscc;
    }

    static void once(Set<String> seen, String key, FileSpec spec) {
        if (!seen.add(key)) {
            throw new Reject(RejectReason.DUPLICATE_KEY, key + " appears earlier in " + spec.name());
        }
    }
}
