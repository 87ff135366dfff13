package dev.anchorgraph.service.anchor;

import java.util.Map;

/**
 * An anchor and the size of its supply chain as the score step mapped it ({@code CHAIN_TO}).
 *
 * @param inferred      true when the score step inferred the anchor instead of the bank naming it
 * @param suppliers     firms whose goods flow to the anchor (upstream), by hops
 * @param distributors  firms the anchor's goods flow to (downstream), by hops
 * @param firms         distinct firms in the chain (a firm can be supplier and distributor)
 * @param firstTime     of those, the firms that do not borrow yet (not {@code :Borrower})
 * @param tiers         the chain's distinct firms by risk tier: {@code A}, {@code B}, {@code C}, {@code D} and
 *                      {@code unscored}, in that order
 */
record AnchorSummary(
        String uscc,
        String name,
        String program,
        boolean inferred,
        Side suppliers,
        Side distributors,
        long firms,
        long firstTime,
        Map<String, Long> tiers) {

    /**
     * @param tier1     direct trade partners of the anchor (1 hop): all of them, never bounded
     * @param firstTime firms on this side that do not borrow yet
     * @param bounds    what the bounds on deeper levels left out; null before a score run counted it
     */
    record Side(long tier1, long tier2, long tier3, long total, long firstTime, Bounds bounds) {}

    /**
     * The score step reads an anchor's neighbourhood beyond its direct partners within bounds.
     *
     * @param breadth          partners followed per tier-1 or tier-2 firm (its strongest by 12-month trade)
     * @param maxFirms         firms per anchor and side
     * @param linksNotFollowed partner links beyond {@code breadth} that were not followed
     * @param firmsLeftOut     firms not admitted once the side had {@code maxFirms}
     */
    record Bounds(int breadth, int maxFirms, long linksNotFollowed, long firmsLeftOut) {}
}
