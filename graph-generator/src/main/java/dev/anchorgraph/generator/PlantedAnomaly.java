package dev.anchorgraph.generator;

import java.util.List;

/**
 * One row of the ground truth: the kind of anomaly, the firms (indices) in ring order, and a human-readable detail.
 *
 * @param kind {@code circular_trading}, {@code implausible_goods} or {@code shell_cluster}; {@code planted-anomalies.csv}
 *             also lists {@code distressed_anchor} rows ({@link DistressedAnchors})
 */
record PlantedAnomaly(String kind, List<Integer> members, String detail) {

    static final String CIRCULAR_TRADING = "circular_trading";
    static final String IMPLAUSIBLE_GOODS = "implausible_goods";
    static final String SHELL_CLUSTER = "shell_cluster";
    static final String DISTRESSED_ANCHOR = "distressed_anchor";
}
