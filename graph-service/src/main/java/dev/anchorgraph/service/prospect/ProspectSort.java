package dev.anchorgraph.service.prospect;

import java.util.Locale;

/**
 * The order of the prospect list. Every order ends with the USCC (ascending), so that a cursor is exact.
 *
 * <ul>
 *   <li>{@code ranking} (default): risk tier A…D (unscored last), then chain strength, then score (both highest
 *       first)
 *   <li>{@code score}: risk score, highest first (unscored last)
 *   <li>{@code trade}: net trade with the anchor over the last 12 months, largest first
 * </ul>
 */
enum ProspectSort {
    RANKING,
    SCORE,
    TRADE;

    /** The wire name, as documented and as error messages list it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
