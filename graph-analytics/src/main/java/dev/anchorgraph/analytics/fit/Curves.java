package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.analytics.backtest.Backtest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The curves the HTML report draws, kept in the JSON report too so a chart can be checked against figures.
 *
 * <ul>
 *   <li><b>ROC</b>: for each score s, from the lowest, the share of defaulters scoring ≤ s (caught, y) against the
 *       share of non-defaulters scoring ≤ s (wrongly declined, x), from (0, 0) to (1, 1). Its area (trapezoids) is
 *       the AUC of {@link Backtest}, ties counting half.</li>
 *   <li><b>Score distribution</b>: non-defaulters and defaulters per score bucket of {@code width} points
 *       ({@code from} ≤ score &lt; {@code from + width}).</li>
 * </ul>
 * Cost O(n log n).
 */
final class Curves {

    record Point(double x, double y) {}

    record Bucket(int from, int to, long goods, long bads) {}

    static final int BUCKET_WIDTH = 20;

    private Curves() {}

    static List<Point> roc(List<Backtest.Observation> scored) {
        var sorted = scored.stream()
                .sorted(Comparator.comparingInt(Backtest.Observation::score))
                .toList();
        long bads = sorted.stream().filter(Backtest.Observation::defaulted).count();
        long goods = sorted.size() - bads;
        var points = new ArrayList<Point>();
        points.add(new Point(0, 0));
        if (bads == 0 || goods == 0) {
            return points;
        }
        long seenBad = 0;
        long seenGood = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).defaulted()) {
                seenBad++;
            } else {
                seenGood++;
            }
            if (i + 1 == sorted.size()
                    || sorted.get(i + 1).score() != sorted.get(i).score()) {
                points.add(new Point((double) seenGood / goods, (double) seenBad / bads));
            }
        }
        return points;
    }

    /** The area under a curve by trapezoids. */
    static double area(List<Point> curve) {
        double area = 0;
        for (int i = 1; i < curve.size(); i++) {
            area += (curve.get(i).x() - curve.get(i - 1).x())
                    * (curve.get(i).y() + curve.get(i - 1).y())
                    / 2;
        }
        return area;
    }

    static List<Bucket> distribution(List<Backtest.Observation> scored, int width) {
        var buckets = new TreeMap<Integer, long[]>();
        for (var o : scored) {
            int from = Math.floorDiv(o.score(), width) * width;
            buckets.computeIfAbsent(from, k -> new long[2])[o.defaulted() ? 1 : 0]++;
        }
        var rows = new ArrayList<Bucket>();
        buckets.forEach((from, c) -> rows.add(new Bucket(from, from + width, c[0], c[1])));
        return rows;
    }
}
