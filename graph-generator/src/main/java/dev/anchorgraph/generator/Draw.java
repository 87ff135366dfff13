package dev.anchorgraph.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Seeded random draws shared by the generators. */
final class Draw {

    private Draw() {}

    /**
     * One independent stream per part of the data set, derived from the run's seed and the part's name, so that
     * drawing one file differently never shifts what the other files contain.
     */
    static RandomGenerator stream(long seed, String part) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ part.hashCode());
    }

    static boolean chance(RandomGenerator r, double p) {
        return r.nextDouble() < p;
    }

    static <T> T pick(RandomGenerator r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static int between(RandomGenerator r, int fromInclusive, int toInclusive) {
        return fromInclusive + r.nextInt(toInclusive - fromInclusive + 1);
    }

    /** Pareto with minimum 1: most draws near 1 and a few very large ones, the shape of firm sizes and trade degrees. */
    static double pareto(RandomGenerator r, double alpha) {
        return Math.pow(1 - r.nextDouble(), -1 / alpha);
    }

    /** A count of at least 1 with a power-law tail, capped at {@code max}. */
    static int paretoCount(RandomGenerator r, double alpha, int max) {
        return (int) Math.min(max, Math.floor(pareto(r, alpha)));
    }

    static double logNormal(RandomGenerator r, double median, double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    /** Running sums of the weights, for {@link #weighted}. */
    static double[] cumulative(double... weights) {
        var sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    /** An index drawn in proportion to its weight, given the running sums of the weights. */
    static int weighted(RandomGenerator r, double[] cumulative) {
        var x = r.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
