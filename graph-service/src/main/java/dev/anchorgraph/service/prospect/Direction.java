package dev.anchorgraph.service.prospect;

import java.util.Locale;

/** Which side of the anchor's chain: suppliers (goods flow to the anchor), distributors, or both. */
enum Direction {
    UPSTREAM,
    DOWNSTREAM,
    BOTH;

    /** The wire name, as documented and as error messages list it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
