package dev.anchorgraph.service.prospect;

import java.util.Locale;

/**
 * What to do with firms the score step gave no tier for lack of trade evidence ({@code status: insufficient_data}).
 * They are shown by default, ranked after every firm with a tier: a registry-only firm may be a good prospect the
 * bank has no trade data on, and hiding it would make absence of evidence look like a decline.
 */
enum ThinFiles {
    /** Shown, after the firms with a tier (default). */
    INCLUDE,
    /** Left out. */
    EXCLUDE,
    /** Only these firms: those to gather evidence on. */
    ONLY;

    /** The wire name, as documented and as error messages list it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
