package dev.anchorgraph.generator;

import java.util.random.RandomGenerator;

/**
 * A firm's place in the synthetic economy: an anchor, a tier of its supply or distribution chain, a carrier, or a
 * planted shell. The shares give the size mix of each place (large, medium, small, micro): anchors are all large,
 * tier-1 partners mostly medium and small, tier-2 firms mostly micro, so the economy as a whole follows a power law.
 */
enum Role {
    ANCHOR(1, 0, 0, 0),
    SUPPLIER_1(0.05, 0.35, 0.45, 0.15),
    SUPPLIER_2(0.003, 0.05, 0.30, 0.647),
    DISTRIBUTOR_1(0.05, 0.35, 0.45, 0.15),
    DISTRIBUTOR_2(0.002, 0.04, 0.28, 0.678),
    LOGISTICS(0.01, 0.12, 0.40, 0.47),
    SHELL(0, 0, 0.8, 0.2);

    private final double[] scaleShares;

    Role(double large, double medium, double small, double micro) {
        this.scaleShares = Draw.cumulative(large, medium, small, micro);
    }

    Scale drawScale(RandomGenerator r) {
        return Scale.values()[Draw.weighted(r, scaleShares)];
    }

    /** Firms that buy and resell goods: where circular trading and odd goods hide best. */
    boolean trader() {
        return this == SUPPLIER_1 || this == SUPPLIER_2 || this == DISTRIBUTOR_1 || this == DISTRIBUTOR_2;
    }
}
