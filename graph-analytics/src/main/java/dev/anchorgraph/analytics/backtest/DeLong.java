package dev.anchorgraph.analytics.backtest;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * DeLong's test of two AUCs measured on the same firms (DeLong, DeLong &amp; Clarke-Pearson, Biometrics 44, 1988): are
 * two models' AUCs different, or is the difference what chance gives on this many defaults?
 *
 * <p>With m non-defaulters (scores x) and n defaulters (y), ψ(x, y) = 1 if x &gt; y, ½ if tied, 0 otherwise (higher
 * score = safer). Per model, each non-defaulter's placement {@code V10(x_i) = (1/n) Σ_j ψ(x_i, y_j)} and each
 * defaulter's {@code V01(y_j) = (1/m) Σ_i ψ(x_i, y_j)}; the AUC is the mean of either. With S10 and S01 the sample
 * covariances (divisors m − 1 and n − 1) of the two models' placements,
 * {@code Var(AUC₂ − AUC₁) = (S10₁₁ + S10₂₂ − 2 S10₁₂)/m + (S01₁₁ + S01₂₂ − 2 S01₁₂)/n};
 * {@code z = (AUC₂ − AUC₁) / √Var}, two-sided {@code p = 2 (1 − Φ(|z|))}, 95 % interval {@code ± 1.959964 √Var}.
 * Placements are counted from sorted scores with binary search: cost O((m + n) log(m + n)).
 *
 * <p>No well-kept Apache-2.0 Java library offers it (commons-math has the normal distribution it needs, used here).
 */
public final class DeLong {

    /**
     * @param difference challenger's AUC − champion's
     * @param low        lower end of the 95 % confidence interval of the difference
     */
    public record Result(
            double championAuc,
            double challengerAuc,
            double difference,
            double standardError,
            double z,
            double p,
            double low,
            double high) {}

    private static final double Z_975 = 1.959963984540054;

    private DeLong() {}

    /**
     * @param champion   the first model's score per firm
     * @param challenger the second model's score of the same firms, same order
     * @param defaulted  whether each firm defaulted
     * @throws IllegalArgumentException when the arrays differ in length, or there are fewer than two defaulters or
     *                                  two non-defaulters (no variance can be estimated)
     */
    public static Result compare(double[] champion, double[] challenger, boolean[] defaulted) {
        if (champion.length != challenger.length || champion.length != defaulted.length) {
            throw new IllegalArgumentException("scores and outcomes differ in length");
        }
        int n = 0;
        for (boolean d : defaulted) {
            n += d ? 1 : 0;
        }
        int m = defaulted.length - n;
        if (m < 2 || n < 2) {
            throw new IllegalArgumentException("DeLong needs two defaulters and two non-defaulters at least");
        }
        var p1 = placements(champion, defaulted, m, n);
        var p2 = placements(challenger, defaulted, m, n);
        double a1 = mean(p1[0]);
        double a2 = mean(p2[0]);
        double variance = (var(p1[0], p1[0]) + var(p2[0], p2[0]) - 2 * var(p1[0], p2[0])) / m
                + (var(p1[1], p1[1]) + var(p2[1], p2[1]) - 2 * var(p1[1], p2[1])) / n;
        double se = Math.sqrt(Math.max(0, variance));
        double diff = a2 - a1;
        double z = se == 0 ? (diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff)) : diff / se;
        double p = 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(z)));
        return new Result(a1, a2, diff, se, z, p, diff - Z_975 * se, diff + Z_975 * se);
    }

    /** {V10 of the non-defaulters, V01 of the defaulters}, each in the firms' order. */
    static double[][] placements(double[] score, boolean[] defaulted, int m, int n) {
        var goods = new double[m];
        var bads = new double[n];
        int g = 0;
        int b = 0;
        for (int i = 0; i < score.length; i++) {
            if (defaulted[i]) {
                bads[b++] = score[i];
            } else {
                goods[g++] = score[i];
            }
        }
        var sortedGoods = goods.clone();
        var sortedBads = bads.clone();
        Arrays.sort(sortedGoods);
        Arrays.sort(sortedBads);
        var v10 = new double[m];
        for (int i = 0; i < m; i++) {
            int below = lowerBound(sortedBads, goods[i]);
            int tied = lowerBound(sortedBads, Math.nextUp(goods[i])) - below;
            v10[i] = (below + 0.5 * tied) / n;
        }
        var v01 = new double[n];
        for (int j = 0; j < n; j++) {
            int atOrBelow = lowerBound(sortedGoods, Math.nextUp(bads[j]));
            int tied = atOrBelow - lowerBound(sortedGoods, bads[j]);
            v01[j] = (m - atOrBelow + 0.5 * tied) / m;
        }
        return new double[][] {v10, v01};
    }

    /** The number of values below {@code v}. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    /** Sample covariance, divisor length − 1. */
    private static double var(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }
}
