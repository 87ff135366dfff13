package dev.anchorgraph.analytics.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well scores separate firms that defaulted from those that did not.
 *
 * <ul>
 *   <li><b>AUC</b>: the probability that a random non-defaulter scores higher than a random defaulter (ties count
 *       half), computed by ranks (Mann–Whitney U): {@code AUC = (R_good − n_good(n_good+1)/2) / (n_good · n_bad)} with
 *       average ranks for ties. 0.5 is chance, 1 perfect.</li>
 *   <li><b>Gini</b> = 2·AUC − 1.</li>
 *   <li><b>KS</b>: the largest distance between the cumulative score distributions of defaulters and
 *       non-defaulters, {@code max_s |F_bad(s) − F_good(s)|}.</li>
 *   <li>per tier: count, defaults, bad rate; {@code monotone} when the bad rate never falls from a better tier to a
 *       worse one;</li>
 *   <li>calibration: firms in 10 score bands of (nearly) equal size, lowest scores first, with their bad rates.</li>
 * </ul>
 * Cost O(n log n). Higher score = lower risk.
 */
public final class Backtest {

    public record Observation(String uscc, int score, String tier, boolean defaulted) {}

    public record TierRow(String tier, long count, long defaults, double badRate) {}

    public record Band(int band, int minScore, int maxScore, long count, long defaults, double badRate) {}

    public record Result(
            long firms,
            long defaults,
            double auc,
            double gini,
            double ks,
            List<TierRow> tiers,
            boolean monotone,
            List<Band> calibration) {}

    private final List<Observation> observations;

    public Backtest(List<Observation> observations) {
        this.observations = observations.stream()
                .sorted(Comparator.comparingInt(Observation::score).thenComparing(Observation::uscc))
                .toList();
    }

    public Result run() {
        long n = observations.size();
        long bad = observations.stream().filter(Observation::defaulted).count();
        long good = n - bad;
        double auc = good == 0 || bad == 0 ? Double.NaN : auc(good, bad);
        return new Result(n, bad, auc, 2 * auc - 1, ks(good, bad), tiers(), monotone(tiers()), calibration());
    }

    private double auc(long good, long bad) {
        double rankSumGood = 0;
        int i = 0;
        while (i < observations.size()) {
            int j = i;
            while (j < observations.size()
                    && observations.get(j).score() == observations.get(i).score()) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (!observations.get(k).defaulted()) {
                    rankSumGood += averageRank;
                }
            }
            i = j;
        }
        return (rankSumGood - good * (good + 1) / 2.0) / ((double) good * bad);
    }

    private double ks(long good, long bad) {
        if (good == 0 || bad == 0) {
            return Double.NaN;
        }
        double best = 0;
        long seenBad = 0;
        long seenGood = 0;
        for (int i = 0; i < observations.size(); i++) {
            var o = observations.get(i);
            if (o.defaulted()) {
                seenBad++;
            } else {
                seenGood++;
            }
            boolean lastOfScore =
                    i + 1 == observations.size() || observations.get(i + 1).score() != o.score();
            if (lastOfScore) {
                best = Math.max(best, Math.abs((double) seenBad / bad - (double) seenGood / good));
            }
        }
        return best;
    }

    private List<TierRow> tiers() {
        var counts = new TreeMap<String, long[]>();
        for (var o : observations) {
            var c = counts.computeIfAbsent(o.tier(), t -> new long[2]);
            c[0]++;
            c[1] += o.defaulted() ? 1 : 0;
        }
        var rows = new ArrayList<TierRow>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            rows.add(new TierRow(
                    e.getKey(), e.getValue()[0], e.getValue()[1], (double) e.getValue()[1] / e.getValue()[0]));
        }
        return rows;
    }

    private static boolean monotone(List<TierRow> tiers) {
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).badRate() < tiers.get(i - 1).badRate()) {
                return false;
            }
        }
        return true;
    }

    private List<Band> calibration() {
        var bands = new ArrayList<Band>();
        int n = observations.size();
        for (int b = 0; b < 10 && n > 0; b++) {
            int from = (int) ((long) b * n / 10);
            int to = (int) ((long) (b + 1) * n / 10);
            if (from == to) {
                continue;
            }
            var slice = observations.subList(from, to);
            long defaults = slice.stream().filter(Observation::defaulted).count();
            bands.add(new Band(
                    b + 1,
                    slice.getFirst().score(),
                    slice.getLast().score(),
                    slice.size(),
                    defaults,
                    (double) defaults / slice.size()));
        }
        return bands;
    }
}
