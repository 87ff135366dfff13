package dev.anchorgraph.analytics.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.anchorgraph.analytics.backtest.Backtest;
import dev.anchorgraph.risk.RiskModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The validation report: {@code fit-report.json} (everything, for tools), {@code fit-report.txt} (the same for a
 * reader) and {@code fit-report.html} (the same with charts, {@link HtmlReport}), in the directory given with
 * {@code --report}. docs/model-fitting.md explains each figure.
 */
final class FitReport {

    record BinRow(Double upper, boolean missing, long firms, long defaults, double badRate, double woe, int points) {}

    record FeatureRow(
            String feature,
            double iv,
            boolean kept,
            String reason,
            Double coefficient,
            boolean rising,
            List<BinRow> bins) {}

    record Report(
            String version,
            long fittingFirms,
            long holdoutFirms,
            double holdoutShare,
            long seed,
            double intercept,
            boolean converged,
            List<FeatureRow> features,
            Validation.Figures validation) {}

    private FitReport() {}

    static Report of(RiskModel model, ScorecardFit.Result fit, FitOptions options, Validation.Figures figures) {
        var rows = new ArrayList<FeatureRow>();
        for (var c : fit.choices()) {
            var binned = fit.binned().get(c.feature());
            double beta = fit.coefficient(c.feature());
            var bins = binned.bins().stream()
                    .map(b -> new BinRow(
                            b.upper(),
                            b.missing(),
                            b.count(),
                            b.bads(),
                            b.badRate(),
                            b.woe(),
                            c.kept() ? (int) Math.round(options.scaling().points(beta, b.woe())) : 0))
                    .toList();
            rows.add(new FeatureRow(
                    c.feature().key(), c.iv(), c.kept(), c.reason(), c.kept() ? beta : null, binned.rising(), bins));
        }
        return new Report(
                model.version(),
                figures.fitting().firms(),
                figures.holdout().firms(),
                options.holdout(),
                options.seed(),
                fit.regression().intercept(),
                fit.regression().converged(),
                rows,
                figures);
    }

    static void write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("fit-report.json").toFile(), report);
        Files.writeString(dir.resolve("fit-report.txt"), text(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fit-report.html"), HtmlReport.render(report), StandardCharsets.UTF_8);
    }

    static String text(Report r) {
        return head(r) + details(r);
    }

    /** The separation figures, calibration and monotonicity: what {@code fit} prints. */
    static String head(Report r) {
        var buffer = new StringWriter();
        var out = new PrintWriter(buffer);
        var v = r.validation();
        out.printf(
                Locale.ROOT,
                "Model %s: fitted on %,d firms, validated on %,d held out (%.0f %%, seed %d)%n",
                r.version(),
                r.fittingFirms(),
                r.holdoutFirms(),
                100 * r.holdoutShare(),
                r.seed());
        out.printf(Locale.ROOT, "%-12s %7s %7s %7s %8s %9s%n", "", "AUC", "Gini", "KS", "firms", "defaults");
        separation(out, "fitting", v.fitting());
        separation(out, "hold-out", v.holdout());
        var oot = v.outOfTime();
        if (oot != null && oot.figures() != null) {
            separation(out, "out of time", oot.figures());
        }
        if (oot != null && oot.note() != null) {
            out.printf(Locale.ROOT, "Out of time (from %s): %s%n", oot.from(), oot.note());
        }
        calibration(out, "hold-out", v.calibration(), v.holdout());
        if (oot != null && oot.figures() != null) {
            calibration(out, "out of time, from " + oot.from(), oot.calibration(), oot.figures());
        }
        out.flush();
        return buffer.toString();
    }

    private static void separation(PrintWriter out, String sample, Backtest.Result r) {
        out.printf(
                Locale.ROOT,
                "%-12s %7.3f %7.3f %7.3f %,8d %,9d%n",
                sample,
                r.auc(),
                r.gini(),
                r.ks(),
                r.firms(),
                r.defaults());
    }

    private static void calibration(PrintWriter out, String sample, List<TierCheck> rows, Backtest.Result figures) {
        out.printf(
                Locale.ROOT,
                "%nCalibration per tier (%s)%n%-5s %8s %9s %10s %10s %9s%n",
                sample,
                "tier",
                "firms",
                "defaults",
                "observed",
                "predicted",
                "binom. p");
        rows.forEach(c -> out.printf(
                Locale.ROOT,
                "%-5s %,8d %,9d %9.2f%% %9.2f%% %9.3f%n",
                c.tier(),
                c.firms(),
                c.defaults(),
                100 * c.observedPd(),
                100 * c.predictedPd(),
                c.binomialP()));
        out.println(
                figures.monotone()
                        ? "Bad rates rise monotonically from tier to tier."
                        : "WARNING: bad rates are NOT monotone across tiers.");
    }

    private static void stability(PrintWriter out, String to, Validation.Stability s) {
        out.printf(Locale.ROOT, "%nPSI fitting → %s (%,d firms): score %.4f%n", to, s.firms(), s.scorePsi());
        s.featurePsi().forEach((f, psi) -> out.printf(Locale.ROOT, "  %-22s %.4f%n", f, psi));
    }

    /** PSI, then the IV table and bins. */
    private static String details(Report r) {
        var buffer = new StringWriter();
        var out = new PrintWriter(buffer);
        var v = r.validation();
        stability(out, "hold-out", new Validation.Stability(r.holdoutFirms(), v.scorePsi(), v.featurePsi()));
        if (v.outOfTime() != null && v.outOfTime().stability() != null) {
            stability(out, "out of time", v.outOfTime().stability());
        }
        stability(out, "scored population", v.scoredPopulation());
        out.printf(
                Locale.ROOT,
                "%nFeatures by information value (intercept %.4f%s)%n",
                r.intercept(),
                r.converged() ? "" : ", NOT converged");
        for (var f : r.features()) {
            out.printf(
                    Locale.ROOT,
                    "%n%-22s IV %.4f  %s: %s%s%n",
                    f.feature(),
                    f.iv(),
                    f.kept() ? "kept" : "dropped",
                    f.reason(),
                    f.coefficient() == null ? "" : String.format(Locale.ROOT, ", β %.4f", f.coefficient()));
            out.printf(
                    Locale.ROOT,
                    "  %-20s %8s %9s %9s %8s %7s%n",
                    "bin",
                    "firms",
                    "defaults",
                    "bad rate",
                    "WoE",
                    "points");
            double lower = Double.NaN;
            for (var b : f.bins()) {
                var label = b.missing() ? "missing" : bin(lower, b.upper());
                out.printf(
                        Locale.ROOT,
                        "  %-20s %,8d %,9d %8.2f%% %8.3f %7d%n",
                        label,
                        b.firms(),
                        b.defaults(),
                        100 * b.badRate(),
                        b.woe(),
                        b.points());
                lower = b.upper() == null ? lower : b.upper();
            }
        }
        out.flush();
        return buffer.toString();
    }

    /** A bin's label for a reader: "≤ 2", "(2, 5]", "> 5", "missing". */
    static String label(List<BinRow> bins, BinRow bin) {
        if (bin.missing()) {
            return "missing";
        }
        double lower = Double.NaN;
        for (var b : bins) {
            if (b == bin) {
                break;
            }
            if (b.upper() != null) {
                lower = b.upper();
            }
        }
        return bin(lower, bin.upper());
    }

    private static String bin(double lower, Double upper) {
        var from = Double.isNaN(lower) ? "" : "(" + number(lower);
        var to = upper == null ? "" : number(upper) + "]";
        return upper == null
                ? (from.isEmpty() ? "all" : "> " + from.substring(1))
                : from.isEmpty() ? "≤ " + to.substring(0, to.length() - 1) : from + ", " + to;
    }

    /** Six significant digits, no trailing zeros: 2, 0.3333, 1.00000000002 → 1. */
    private static String number(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
