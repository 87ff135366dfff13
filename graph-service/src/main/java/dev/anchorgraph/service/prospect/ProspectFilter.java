package dev.anchorgraph.service.prospect;

import dev.anchorgraph.risk.RiskTier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the caller asked for, as query parameters. An absent list means "any"; {@code both} directions means no
 * direction filter.
 *
 * @param tiers only firms with one of these tiers (a firm with insufficient data has none, so a tier filter leaves it
 *              out)
 * @param insufficientData include (default), exclude, or only the firms with insufficient data for a tier
 * @param maxGroupExposure only firms whose group the bank has lent at most this much to (CNY); firms in no group,
 *                         or in a group that borrows nothing, always pass; null: no such filter
 * @param after the last row of the previous page, or null for the first page
 */
record ProspectFilter(
        int maxHops,
        Direction direction,
        List<Scale> scales,
        boolean firstTimeOnly,
        List<RiskTier> tiers,
        ThinFiles insufficientData,
        Double maxGroupExposure,
        int limit,
        ProspectSort sort,
        Cursor after) {

    Map<String, Object> parameters(String anchor) {
        var p = new HashMap<String, Object>();
        p.put("anchor", anchor);
        p.put("maxHops", maxHops);
        p.put("direction", direction == Direction.BOTH ? null : direction.toString());
        p.put(
                "scales",
                scales == null || scales.isEmpty()
                        ? null
                        : scales.stream().map(Scale::toString).toList());
        p.put("firstTimeOnly", firstTimeOnly);
        p.put(
                "tiers",
                tiers == null || tiers.isEmpty()
                        ? null
                        : tiers.stream().map(RiskTier::code).toList());
        p.put("insufficientData", insufficientData.toString());
        p.put("maxGroupExposure", maxGroupExposure);
        p.put("sort", sort.toString());
        p.put("after", after == null ? null : after.parameters());
        p.put("fetch", limit + 1); // one more than asked tells whether there is a next page
        return p;
    }
}
