package dev.anchorgraph.loader.resolve;

import java.util.HashSet;
import java.util.Set;

/**
 * The similarity in [0, 1] of a party name and a company name, both {@linkplain NameNormalizer#parse parsed}; the
 * formula and the reasons for its constants are in {@link CompanyNameIndex}.
 */
final class NameSimilarity {

    /** Taken from any name that is not the same normalised full name: an exact name is better evidence. */
    static final double VARIANT_PENALTY = 0.12;
    /**
     * Taken from any core that is not the same core: a different trade name is a different firm, however many
     * industry bigrams (建筑工程) the two share, so 联东建筑工程 must stay well below 业联东建筑工程's own name.
     */
    static final double CORE_MISMATCH_PENALTY = 0.10;
    /** One side has no region, or one region lies in the other (广东 / 深圳): nothing tells the two apart. */
    static final double REGION_UNKNOWN_PENALTY = 0.05;
    /** Two different regions: a firm of the same core elsewhere is, as a rule, another firm. */
    static final double REGION_CONFLICT_PENALTY = 0.30;
    /** A branch and a head office (or a head office and a branch) are different registered entities. */
    static final double BRANCH_PENALTY = 0.50;

    private static final RegionTable REGIONS = RegionTable.bundled();

    private NameSimilarity() {}

    static double score(ParsedName party, ParsedName company) {
        if (party.full().equals(company.full())) {
            return 1.0;
        }
        double score = dice(party.core(), company.core())
                - VARIANT_PENALTY
                - (party.core().equals(company.core()) ? 0 : CORE_MISMATCH_PENALTY)
                - regionPenalty(party.region(), company.region())
                - (party.branch() != company.branch() ? BRANCH_PENALTY : 0);
        // Rounded so that scores read as the hand-worked ones (0.83, not 0.8300000000000001).
        return Math.max(0, Math.round(score * 10_000) / 10_000.0);
    }

    static double regionPenalty(String a, String b) {
        if (a != null && a.equals(b)) {
            return 0;
        }
        var ra = REGIONS.named(a);
        var rb = REGIONS.named(b);
        if (ra == null || rb == null || ra.within(rb) || rb.within(ra)) {
            return REGION_UNKNOWN_PENALTY;
        }
        return REGION_CONFLICT_PENALTY;
    }

    /** Dice coefficient 2|A∩B| / (|A|+|B|) of the character-bigram sets; 0 when either core is empty. */
    static double dice(String a, String b) {
        var ga = grams(a);
        var gb = grams(b);
        if (ga.isEmpty() || gb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (var g : ga) {
            common += gb.contains(g) ? 1 : 0;
        }
        return 2.0 * common / (ga.size() + gb.size());
    }

    /** The set of adjacent character pairs of a core; a one-character core is its own single gram. */
    static Set<String> grams(String core) {
        int[] cps = core.codePoints().toArray();
        var grams = new HashSet<String>();
        if (cps.length == 1) {
            grams.add(core);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
