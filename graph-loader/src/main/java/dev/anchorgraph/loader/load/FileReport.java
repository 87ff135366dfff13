package dev.anchorgraph.loader.load;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to one input file in a load.
 *
 * @param status      {@code loaded}, {@code already_loaded} (same content loaded before: skipped whole),
 *                    {@code absent}, {@code stopped} (reject rate over the limit: nothing of it written), or
 *                    {@code not_reached} (an earlier file stopped the load)
 * @param rowsRead    data rows read (header excluded)
 * @param loaded      rows accepted (for invoices: invoices aggregated)
 * @param flagged     accepted rows with a flag (e.g. a USCC failing its checksum), by flag in {@code flags}
 * @param rejected    rows not loaded, by reason in {@code rejects}; each is in {@code rejectsFile}
 * @param details     counts of a file's own categories (how litigation parties were resolved, trade pairs)
 * @param resumedFrom units (rows or pairs) an interrupted earlier run had committed, skipped by this one
 * @param written     units written by this run
 * @param validateSeconds time of the validating pass (parse, validate, and for invoices aggregate)
 * @param source      the file read and the format that recognised it, or {@code null} when none was read
 */
public record FileReport(
        String file,
        String status,
        long rowsRead,
        long loaded,
        long flagged,
        long rejected,
        Map<String, Long> flags,
        Map<String, Long> rejects,
        Map<String, Long> details,
        List<String> unknownColumns,
        String rejectsFile,
        String fingerprint,
        long resumedFrom,
        long written,
        double seconds,
        double validateSeconds,
        String message,
        SourceFile source) {

    static FileReport absent(String file) {
        return new FileReport(
                file, "absent", 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), List.of(), null, null, 0, 0, 0, 0, null,
                null);
    }

    static FileReport notReached(String file) {
        return new FileReport(
                file,
                "not_reached",
                0,
                0,
                0,
                0,
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                null,
                null,
                0,
                0,
                0,
                0,
                null,
                null);
    }

    static FileReport alreadyLoaded(String file, String fingerprint) {
        return new FileReport(
                file,
                "already_loaded",
                0,
                0,
                0,
                0,
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                null,
                fingerprint,
                0,
                0,
                0,
                0,
                "the same content was loaded before; nothing to do",
                null);
    }

    FileReport withDetails(Map<String, Long> moreDetails, String note) {
        var all = new TreeMap<>(details);
        all.putAll(moreDetails);
        return new FileReport(
                file,
                status,
                rowsRead,
                loaded,
                flagged,
                rejected,
                flags,
                rejects,
                Collections.unmodifiableMap(all),
                unknownColumns,
                rejectsFile,
                fingerprint,
                resumedFrom,
                written,
                seconds,
                validateSeconds,
                note,
                source);
    }

    public double rejectRate() {
        return rowsRead == 0 ? 0 : (double) rejected / rowsRead;
    }
}
