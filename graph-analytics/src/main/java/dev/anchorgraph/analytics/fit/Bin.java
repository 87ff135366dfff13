package dev.anchorgraph.analytics.fit;

/**
 * One bin of a feature: the values above the previous bin's {@code upper} up to and including its own ({@code null}:
 * no upper bound), or the firms without a value ({@code missing}).
 *
 * @param woe weight of evidence, {@code ln(%good / %bad)} with 0.5 added to each count (see {@link MonotoneBinning})
 */
record Bin(Double upper, boolean missing, long goods, long bads, double woe) {

    long count() {
        return goods + bads;
    }

    double badRate() {
        return count() == 0 ? 0 : (double) bads / count();
    }
}
