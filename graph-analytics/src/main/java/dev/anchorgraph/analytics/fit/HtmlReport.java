package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.analytics.backtest.Backtest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code fit-report.html}: the validation report as one self-contained page for a model-risk reviewer, with inline
 * SVG charts and inline CSS (no script, nothing fetched from the network, so it opens offline and can be archived
 * with the model). Drawn from the same {@link FitReport.Report} as the JSON, so every figure on the page is the
 * JSON's, rounded for reading: separation figures, the ROC curves, the hold-out's score distribution of
 * non-defaulters and defaulters, calibration per tier (predicted against observed), per kept feature the bad rate
 * and WoE per bin, the IV table and the PSI tables. Written as well-formed XHTML (every tag closed, text escaped).
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
            table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
            th:first-child,td:first-child{text-align:left}h2{margin-top:32px}svg{background:#fafafa;margin:4px}
            .dropped{color:#888}.bad{color:#b00}""";

    private static final String[] COLORS = {"#1f77b4", "#d62728", "#888888"};

    private HtmlReport() {}

    static String render(FitReport.Report r) {
        var v = r.validation();
        var h = new StringBuilder();
        h.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>Fit report ")
                .append(esc(r.version()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        h.append(f(
                "<h1>Model %s</h1><p>Fitted on %,d firms, validated on %,d held out (%.0f %%, seed %d). See"
                        + " docs/model-fitting.md for what each figure says.</p>\n",
                esc(r.version()), r.fittingFirms(), r.holdoutFirms(), 100 * r.holdoutShare(), r.seed()));
        h.append("<h2>Separation</h2><table id=\"separation\"><tr><th>sample</th><th>firms</th><th>defaults</th>")
                .append("<th>AUC</th><th>Gini</th><th>KS</th></tr>");
        separation(h, "fitting", v.fitting());
        separation(h, "hold-out", v.holdout());
        var oot = v.outOfTime();
        if (oot != null && oot.figures() != null) {
            separation(h, "out of time", oot.figures());
        }
        h.append("</table>\n");
        if (oot != null && oot.note() != null) {
            h.append(f("<p>Out of time (from %s): %s</p>%n", esc(oot.from()), esc(oot.note())));
        }
        h.append(Svg.lines(
                "ROC: defaulters caught (y) against non-defaulters declined (x)",
                List.of("hold-out", "fitting", "chance"),
                List.of(v.holdoutRoc(), v.fittingRoc(), List.of(new Curves.Point(0, 0), new Curves.Point(1, 1))),
                COLORS));
        var buckets = v.holdoutScores();
        long goods = buckets.stream().mapToLong(Curves.Bucket::goods).sum();
        long bads = buckets.stream().mapToLong(Curves.Bucket::bads).sum();
        h.append(Svg.bars(
                "Hold-out scores: share of non-defaulters and of defaulters per bucket",
                buckets.stream().map(b -> String.valueOf(b.from())).toList(),
                List.of("non-defaulters", "defaulters"),
                List.of(
                        buckets.stream().map(b -> share(b.goods(), goods)).toList(),
                        buckets.stream().map(b -> share(b.bads(), bads)).toList()),
                "%"));
        h.append("\n<h2>Calibration per tier (hold-out)</h2>");
        calibration(h, "calibration", v.calibration());
        if (oot != null && oot.figures() != null) {
            h.append(f("<h2>Calibration per tier (out of time, from %s)</h2>", esc(oot.from())));
            calibration(h, "calibration-oot", oot.calibration());
        }
        h.append("\n<h2>Population stability (PSI)</h2><table id=\"psi\"><tr><th>fitting →</th><th>firms</th>")
                .append("<th>score</th>");
        v.featurePsi().keySet().forEach(k -> h.append("<th>").append(esc(k)).append("</th>"));
        h.append("</tr>");
        psi(h, "hold-out", new Validation.Stability(r.holdoutFirms(), v.scorePsi(), v.featurePsi()));
        if (oot != null && oot.stability() != null) {
            psi(h, "out of time", oot.stability());
        }
        psi(h, "scored population", v.scoredPopulation());
        h.append("</table>\n<h2>Information value</h2><table id=\"iv\"><tr><th>feature</th><th>IV</th><th>kept</th>")
                .append("<th>β</th><th>why</th></tr>");
        for (var fr : r.features()) {
            h.append(f(
                    "<tr class=\"%s\"><td>%s</td><td>%.4f</td><td>%s</td><td>%s</td><td>%s</td></tr>",
                    fr.kept() ? "kept" : "dropped",
                    esc(fr.feature()),
                    fr.iv(),
                    fr.kept() ? "yes" : "no",
                    fr.coefficient() == null ? "" : f("%.4f", fr.coefficient()),
                    esc(fr.reason())));
        }
        h.append("</table>\n");
        for (var fr : r.features()) {
            if (fr.kept()) {
                feature(h, fr);
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static void separation(StringBuilder h, String sample, Backtest.Result r) {
        h.append(f(
                "<tr><td>%s</td><td>%,d</td><td>%,d</td><td>%.3f</td><td>%.3f</td><td>%.3f</td></tr>",
                sample, r.firms(), r.defaults(), r.auc(), r.gini(), r.ks()));
    }

    private static void calibration(StringBuilder h, String id, List<TierCheck> rows) {
        h.append(f("<table id=\"%s\"><tr><th>tier</th><th>firms</th><th>defaults</th>", id))
                .append("<th>observed</th><th>predicted</th><th>binomial p</th></tr>");
        for (var c : rows) {
            h.append(f(
                    "<tr><td>%s</td><td>%,d</td><td>%,d</td><td>%.2f%%</td><td>%.2f%%</td><td%s>%.3f</td></tr>",
                    esc(c.tier()),
                    c.firms(),
                    c.defaults(),
                    100 * c.observedPd(),
                    100 * c.predictedPd(),
                    c.binomialP() < 0.05 ? " class=\"bad\"" : "",
                    c.binomialP()));
        }
        h.append("</table>");
        h.append(Svg.bars(
                "Predicted PD against observed default rate per tier",
                rows.stream().map(TierCheck::tier).toList(),
                List.of("predicted", "observed"),
                List.of(
                        rows.stream().map(c -> nan0(100 * c.predictedPd())).toList(),
                        rows.stream().map(c -> nan0(100 * c.observedPd())).toList()),
                "%"));
    }

    private static void psi(StringBuilder h, String to, Validation.Stability s) {
        h.append(f("<tr><td>%s</td><td>%,d</td><td>%.4f</td>", to, s.firms(), s.scorePsi()));
        s.featurePsi().values().forEach(p -> h.append(f("<td>%.4f</td>", p)));
        h.append("</tr>");
    }

    private static void feature(StringBuilder h, FitReport.FeatureRow fr) {
        h.append(f(
                "%n<h2 id=\"feature-%s\">%s</h2><p>IV %.4f, β %.4f</p>",
                esc(fr.feature()), esc(fr.feature()), fr.iv(), fr.coefficient()));
        var labels = new ArrayList<String>();
        h.append("<table><tr><th>bin</th><th>firms</th><th>defaults</th><th>bad rate</th><th>WoE</th>")
                .append("<th>points</th></tr>");
        for (var b : fr.bins()) {
            var label = FitReport.label(fr.bins(), b);
            labels.add(label);
            h.append(f(
                    "<tr><td>%s</td><td>%,d</td><td>%,d</td><td>%.2f%%</td><td>%.3f</td><td>%d</td></tr>",
                    esc(label), b.firms(), b.defaults(), 100 * b.badRate(), b.woe(), b.points()));
        }
        h.append("</table>");
        h.append(Svg.bars(
                "Bad rate per bin",
                labels,
                List.of("bad rate"),
                List.of(fr.bins().stream().map(b -> 100 * b.badRate()).toList()),
                "%"));
        h.append(Svg.bars(
                "WoE per bin (positive = safer than average)",
                labels,
                List.of("WoE"),
                List.of(fr.bins().stream().map(FitReport.BinRow::woe).toList()),
                ""));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
