package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.risk.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Monotone binning of one numeric feature, the first step of the standard credit scorecard: the feature's values are
 * cut into bins whose bad rate rises (or falls) steadily with the value, so that each bin's points tell a story a
 * credit officer can check ("more stable buyers, fewer defaults") and no bin rests on a handful of firms.
 *
 * <ol>
 *   <li>Start from {@code initialBins} quantile bins of the firms with a value (cut at the values below which
 *       1/k, 2/k, … of them lie; tied values stay in one bin, so a feature with few distinct values gets fewer).</li>
 *   <li>Direction: the sign of the Pearson correlation between the value and "defaulted" (rising when ≥ 0).</li>
 *   <li>Repeat until nothing changes: merge the smallest bin holding fewer than {@code minShare} of all firms with the
 *       neighbour whose bad rate is nearer (ties: the smaller, then the left one); otherwise merge the first adjacent
 *       pair whose bad rates go against the direction. Equal rates are allowed.</li>
 *   <li>Firms without a value form their own "missing" bin, whatever its size: absence is information too (no chain
 *       to an anchor).</li>
 *   <li>Weight of evidence per bin, with G and B the firms that did not and did default and k the bins (missing
 *       included): {@code %good = (good + 0.5) / (G + 0.5k)}, {@code %bad = (bad + 0.5) / (B + 0.5k)},
 *       {@code WoE = ln(%good / %bad)}: the 0.5 added to every count keeps a bin without defaults (or without good
 *       firms) finite, and the shares still add up to 1. Information value {@code IV = Σ (%good − %bad) × WoE}; a
 *       constant feature (one bin) has WoE 0 and IV 0. With no defaults or no good firms at all every WoE and the IV
 *       are 0.</li>
 * </ol>
 *
 * Defaults: 20 initial bins, 5 % minimum share (the usual practice: a bin of fewer firms gives unstable points). Cost
 * O(n log n) to sort plus O(k²) merges; deterministic (no randomness, ties broken by position).
 */
final class MonotoneBinning {

    static final int DEFAULT_BINS = 20;
    static final double DEFAULT_MIN_SHARE = 0.05;

    private final Feature feature;
    private final List<Double> values;
    private final List<Boolean> bad;
    private final int initialBins;
    private final double minShare;

    /**
     * @param values one per firm, {@code null} when the firm has no value
     * @param bad    one per firm, in the same order: whether it defaulted
     */
    MonotoneBinning(Feature feature, List<Double> values, List<Boolean> bad, int initialBins, double minShare) {
        if (values.size() != bad.size()) {
            throw new IllegalArgumentException("values and outcomes differ in length");
        }
        this.feature = feature;
        this.values = values;
        this.bad = bad;
        this.initialBins = initialBins;
        this.minShare = minShare;
    }

    BinnedFeature run() {
        var present = new ArrayList<double[]>();
        long missingGood = 0;
        long missingBad = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                missingBad += bad.get(i) ? 1 : 0;
                missingGood += bad.get(i) ? 0 : 1;
            } else {
                present.add(new double[] {values.get(i), bad.get(i) ? 1 : 0});
            }
        }
        present.sort((a, b) -> Double.compare(a[0], b[0]));
        boolean rising = !(correlation(present) < 0);
        var bins = merge(initial(present), rising);
        if (missingGood + missingBad > 0) {
            bins.add(new Work(null, true, missingGood, missingBad));
        }
        return weigh(bins, rising);
    }

    /** Quantile bins of the sorted values: each upper bound is a value, the last bin is open above. */
    private List<Work> initial(List<double[]> sorted) {
        int m = sorted.size();
        var cuts = new TreeSet<Double>();
        for (int q = 1; q < initialBins; q++) {
            int index = (int) ((long) q * m / initialBins) - 1;
            if (index >= 0 && sorted.get(index)[0] < sorted.get(m - 1)[0]) {
                cuts.add(sorted.get(index)[0]);
            }
        }
        var bins = new ArrayList<Work>();
        for (var cut : cuts) {
            bins.add(new Work(cut, false, 0, 0));
        }
        if (m > 0) {
            bins.add(new Work(null, false, 0, 0));
        }
        int b = 0;
        for (var row : sorted) {
            while (bins.get(b).upper != null && row[0] > bins.get(b).upper) {
                b++;
            }
            bins.get(b).add(row[1] > 0);
        }
        return bins;
    }

    private List<Work> merge(List<Work> bins, boolean rising) {
        long minCount = (long) Math.ceil(minShare * values.size());
        while (bins.size() > 1) {
            int small = -1;
            for (int i = 0; i < bins.size(); i++) {
                if (bins.get(i).count() < minCount
                        && (small < 0 || bins.get(i).count() < bins.get(small).count())) {
                    small = i;
                }
            }
            if (small >= 0) {
                int left = small == bins.size() - 1 || small > 0 && nearerLeft(bins, small) ? small - 1 : small;
                join(bins, left);
                continue;
            }
            int against = -1;
            for (int i = 0; i + 1 < bins.size() && against < 0; i++) {
                double step = bins.get(i + 1).badRate() - bins.get(i).badRate();
                if (rising ? step < 0 : step > 0) {
                    against = i;
                }
            }
            if (against < 0) {
                break;
            }
            join(bins, against);
        }
        return bins;
    }

    private static boolean nearerLeft(List<Work> bins, int i) {
        double toLeft = Math.abs(bins.get(i).badRate() - bins.get(i - 1).badRate());
        double toRight = Math.abs(bins.get(i).badRate() - bins.get(i + 1).badRate());
        if (toLeft != toRight) {
            return toLeft < toRight;
        }
        return bins.get(i - 1).count() <= bins.get(i + 1).count();
    }

    /** Merges bin i with bin i + 1: the upper bound is the right one's. */
    private static void join(List<Work> bins, int i) {
        var right = bins.remove(i + 1);
        var left = bins.get(i);
        bins.set(i, new Work(right.upper, false, left.goods + right.goods, left.bads + right.bads));
    }

    private BinnedFeature weigh(List<Work> bins, boolean rising) {
        long goods = bins.stream().mapToLong(b -> b.goods).sum();
        long bads = bins.stream().mapToLong(b -> b.bads).sum();
        var result = new ArrayList<Bin>();
        double iv = 0;
        for (var b : bins) {
            double woe = 0;
            if (goods > 0 && bads > 0) {
                double pGood = (b.goods + 0.5) / (goods + 0.5 * bins.size());
                double pBad = (b.bads + 0.5) / (bads + 0.5 * bins.size());
                woe = Math.log(pGood / pBad);
                iv += (pGood - pBad) * woe;
            }
            result.add(new Bin(b.upper, b.missing, b.goods, b.bads, woe));
        }
        return new BinnedFeature(feature, List.copyOf(result), iv, rising);
    }

    /** Pearson correlation of value and outcome; NaN when either is constant. */
    private static double correlation(List<double[]> rows) {
        int n = rows.size();
        double mx = rows.stream().mapToDouble(r -> r[0]).average().orElse(0);
        double my = rows.stream().mapToDouble(r -> r[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (var r : rows) {
            sxy += (r[0] - mx) * (r[1] - my);
            sxx += (r[0] - mx) * (r[0] - mx);
            syy += (r[1] - my) * (r[1] - my);
        }
        return n == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** A bin while merging. */
    private static final class Work {
        final Double upper;
        final boolean missing;
        long goods;
        long bads;

        Work(Double upper, boolean missing, long goods, long bads) {
            this.upper = upper;
            this.missing = missing;
            this.goods = goods;
            this.bads = bads;
        }

        void add(boolean isBad) {
            if (isBad) {
                bads++;
            } else {
                goods++;
            }
        }

        long count() {
            return goods + bads;
        }

        double badRate() {
            return count() == 0 ? 0 : (double) bads / count();
        }
    }
}
