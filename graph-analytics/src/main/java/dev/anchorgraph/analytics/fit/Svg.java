package dev.anchorgraph.analytics.fit;

import static dev.anchorgraph.analytics.fit.HtmlReport.esc;
import static dev.anchorgraph.analytics.fit.HtmlReport.f;

import java.util.List;

/**
 * The two chart shapes of {@link HtmlReport} as inline SVG: lines on the unit square (ROC) and grouped bars around a
 * zero line (distributions, calibration, bad rate and WoE per bin; negative values go below the line). Each chart
 * carries its title and a legend; each bar and line a {@code <title>} with its value, shown on hover.
 */
final class Svg {

    private static final int W = 560;
    private static final int H = 300;
    private static final int LEFT = 50;
    private static final int TOP = 30;
    private static final int PLOT_W = W - LEFT - 20;
    private static final int PLOT_H = H - TOP - 60;

    private Svg() {}

    static String lines(String title, List<String> names, List<List<Curves.Point>> curves, String[] colors) {
        var s = open(title, names, colors);
        s.append(f(
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#ccc\"/>",
                LEFT, TOP, PLOT_W, PLOT_H));
        for (int i = 0; i < curves.size(); i++) {
            var points = new StringBuilder();
            for (var p : curves.get(i)) {
                points.append(f("%.1f,%.1f ", LEFT + p.x() * PLOT_W, TOP + (1 - p.y()) * PLOT_H));
            }
            s.append(f(
                    "<polyline class=\"curve\" data-points=\"%d\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
                            + " points=\"%s\"><title>%s</title></polyline>",
                    curves.get(i).size(),
                    colors[i % colors.length],
                    points.toString().strip(),
                    esc(names.get(i))));
        }
        for (int t = 0; t <= 4; t++) {
            double v = t / 4.0;
            s.append(f(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%.2f</text>",
                    LEFT + v * PLOT_W - 8, TOP + PLOT_H + 14, v));
            s.append(f(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\">%.2f</text>",
                    LEFT - 30, TOP + (1 - v) * PLOT_H + 3, v));
        }
        return s.append("</svg>").toString();
    }

    static String bars(String title, List<String> labels, List<String> names, List<List<Double>> series, String unit) {
        var colors = new String[] {"#888888", "#d62728"};
        if (series.size() == 1) {
            colors = new String[] {"#1f77b4"};
        }
        var s = open(title, names, colors);
        double max = 0;
        double min = 0;
        for (var values : series) {
            for (var v : values) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        double range = max - min == 0 ? 1 : max - min;
        double zero = TOP + max / range * PLOT_H;
        int n = Math.max(1, labels.size());
        double slot = (double) PLOT_W / n;
        double bar = slot * 0.8 / series.size();
        s.append(f(
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#444\"/>",
                LEFT, zero, LEFT + PLOT_W, zero));
        s.append(f("<text x=\"2\" y=\"%d\" font-size=\"10\">%s</text>", TOP + 4, esc(number(max, unit))));
        if (min < 0) {
            s.append(f("<text x=\"2\" y=\"%d\" font-size=\"10\">%s</text>", TOP + PLOT_H, esc(number(min, unit))));
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int k = 0; k < series.size(); k++) {
                double v = series.get(k).get(i);
                double height = Math.abs(v) / range * PLOT_H;
                s.append(f(
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>",
                        LEFT + i * slot + slot * 0.1 + k * bar,
                        v >= 0 ? zero - height : zero,
                        bar,
                        height,
                        colors[k % colors.length],
                        esc(labels.get(i)),
                        esc(names.get(k)),
                        esc(number(v, unit))));
            }
            s.append(f(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" transform=\"rotate(30 %.1f %d)\">%s</text>",
                    LEFT + i * slot + 2,
                    TOP + PLOT_H + 14,
                    LEFT + i * slot + 2,
                    TOP + PLOT_H + 14,
                    esc(labels.get(i))));
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String title, List<String> names, String[] colors) {
        var s = new StringBuilder(f(
                "%n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " role=\"img\"><title>%s</title><text x=\"%d\" y=\"16\" font-size=\"12\">%s</text>",
                W, H, W, H, esc(title), LEFT, esc(title)));
        for (int i = 0; i < names.size(); i++) {
            s.append(f(
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\""
                            + " font-size=\"10\">%s</text>",
                    LEFT + 110 * i, H - 14, colors[i % colors.length], LEFT + 110 * i + 14, H - 5, esc(names.get(i))));
        }
        return s;
    }

    private static String number(double v, String unit) {
        return f(unit.isEmpty() ? "%.3f" : "%.2f", v) + unit;
    }
}
