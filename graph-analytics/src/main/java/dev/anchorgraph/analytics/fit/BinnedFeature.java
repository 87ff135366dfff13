package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.risk.Feature;
import java.util.List;

/**
 * A feature cut into bins with their weights of evidence.
 *
 * @param bins    the value bins, lowest values first, then the "missing" bin if any firm had no value
 * @param iv      information value, {@code Σ (%good − %bad) × WoE}
 * @param rising  {@code true} when the bad rate rises with the value
 */
record BinnedFeature(Feature feature, List<Bin> bins, double iv, boolean rising) {

    /** The weight of evidence of a value: its bin's, or 0 (neutral) for a missing value when no firm lacked one. */
    double woe(Double value) {
        return bin(value) == null ? 0 : bin(value).woe();
    }

    /** The bin a value falls in: the first whose upper bound it does not exceed; {@code null} if none. */
    Bin bin(Double value) {
        for (var b : bins) {
            if (value == null ? b.missing() : !b.missing() && (b.upper() == null || value <= b.upper())) {
                return b;
            }
        }
        return null;
    }
}
