package dev.anchorgraph.loader.load;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counters of one validating pass, turned into a {@link FileReport} at the end. */
final class Tally {

    long rowsRead;
    long loaded;
    long flagged;
    long rejected;
    final Map<String, Long> flags = new TreeMap<>();
    final Map<String, Long> rejects = new TreeMap<>();
    final Map<String, Long> details = new TreeMap<>();

    void flag(List<String> rowFlags) {
        if (!rowFlags.isEmpty()) {
            flagged++;
            rowFlags.forEach(f -> flags.merge(f, 1L, Long::sum));
        }
    }

    void reject(String reason) {
        rejected++;
        rejects.merge(reason, 1L, Long::sum);
    }

    void detail(String detail) {
        if (detail != null) {
            details.merge(detail, 1L, Long::sum);
        }
    }

    double rejectRate() {
        return rowsRead == 0 ? 0 : (double) rejected / rowsRead;
    }

    FileReport report(
            String file,
            String status,
            SourceFile source,
            String rejectsFile,
            String fingerprint,
            long resumedFrom,
            long written,
            double seconds,
            double validateSeconds,
            String message) {
        return new FileReport(
                file,
                status,
                rowsRead,
                loaded,
                flagged,
                rejected,
                sorted(flags),
                sorted(rejects),
                sorted(details),
                source.ignoredColumns(),
                rejectsFile,
                fingerprint,
                resumedFrom,
                written,
                seconds,
                validateSeconds,
                message,
                source);
    }

    /** Sorted by key, so reports read the same from run to run. */
    static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
