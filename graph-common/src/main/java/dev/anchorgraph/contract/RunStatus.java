package dev.anchorgraph.contract;

import java.util.Locale;

/**
 * How a score run ended, stored as {@code (:ScoreRun {status})} and served as {@code runStatus}
 * (docs/scoring-contract.md).
 */
public enum RunStatus {
    /** Every step ran. Also what a run recorded before runs had a status means: it could only complete. */
    COMPLETE,
    /** A fraud pattern failed: every firm is scored all the same, with that pattern's flags from an earlier run. */
    WARNINGS;

    /** The stored and API spelling: {@code complete}, {@code warnings}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but the two codes */
    public static RunStatus parse(String code) {
        return Codes.parse(RunStatus.class, RunStatus::code, "run status", code);
    }
}
