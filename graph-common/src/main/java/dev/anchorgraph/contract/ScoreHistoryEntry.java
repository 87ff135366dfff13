package dev.anchorgraph.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run's result for one firm, as kept in the firm's score history ({@code riskHistory}, newest first,
 * docs/scoring-contract.md). Neo4j lists cannot hold nulls and a firm with insufficient data has neither score nor
 * tier, so each entry is one string of six fields separated by {@code |}, an empty field meaning "none":
 * {@code run|asOf|status|tier|score|pd}, e.g. {@code run-2026-11-30T063542Z|2026-10-27|scored|B|612|0.012345} or
 * {@code run-2026-11-30T063542Z|2026-10-27|insufficient_data|||}. Written by the score step, read by graph-service.
 *
 * @param tier  {@code A}…{@code D}, or {@code null} (insufficient data)
 * @param score {@code null} with the tier
 * @param pd    {@code null} when the run's model had no calibration, and with the tier
 */
public record ScoreHistoryEntry(String run, LocalDate asOf, String status, String tier, Integer score, Double pd) {

    /** How many runs a firm keeps: a year of monthly runs. */
    public static final int KEEP = 12;

    private static final int FIELDS = 6;

    /** The stored line; a run id never holds {@code |} (it is {@code run-} and an instant). */
    public String encode() {
        return String.join(
                "|",
                run,
                asOf.toString(),
                status,
                tier == null ? "" : tier,
                score == null ? "" : score.toString(),
                pd == null ? "" : String.format(Locale.ROOT, "%.6f", pd));
    }

    /** @throws IllegalArgumentException for a line not written by {@link #encode()} */
    public static ScoreHistoryEntry parse(String line) {
        var f = split(line);
        if (f.size() != FIELDS
                || f.get(0).isEmpty()
                || f.get(1).isEmpty()
                || f.get(2).isEmpty()) {
            throw new IllegalArgumentException("not a score history entry: " + line);
        }
        try {
            return new ScoreHistoryEntry(
                    f.get(0),
                    LocalDate.parse(f.get(1)),
                    f.get(2),
                    f.get(3).isEmpty() ? null : f.get(3),
                    f.get(4).isEmpty() ? null : Integer.valueOf(f.get(4)),
                    f.get(5).isEmpty() ? null : Double.valueOf(f.get(5)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a score history entry: " + line, e);
        }
    }

    /** Splits on every {@code |}, keeping empty fields (String.split drops trailing ones). */
    private static List<String> split(String line) {
        var fields = new ArrayList<String>(FIELDS);
        int from = 0;
        for (int i = line.indexOf('|'); i >= 0; i = line.indexOf('|', from)) {
            fields.add(line.substring(from, i));
            from = i + 1;
        }
        fields.add(line.substring(from));
        return fields;
    }
}
