package dev.anchorgraph.analytics.backtest;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The champion (the stored score) and a challenger (a model file scoring the same firms from their stored features)
 * measured on the same outcomes, and whether the challenger's AUC differs by more than chance ({@link DeLong}).
 *
 * @param champion   the stored score's model version(s), joined by ", "
 * @param comparison {@code null} when there are fewer than two defaulters or non-defaulters
 */
public record ChampionChallenger(
        String championModel,
        String challengerModel,
        Backtest.Result champion,
        Backtest.Result challenger,
        DeLong.Result comparison) {

    static ChampionChallenger of(
            String championModel,
            String challengerModel,
            List<Backtest.Observation> champion,
            List<Backtest.Observation> challenger) {
        var a = new double[champion.size()];
        var b = new double[champion.size()];
        var bad = new boolean[champion.size()];
        for (int i = 0; i < a.length; i++) {
            if (!champion.get(i).uscc().equals(challenger.get(i).uscc())) {
                throw new IllegalArgumentException("champion and challenger must list the same firms in one order");
            }
            a[i] = champion.get(i).score();
            b[i] = challenger.get(i).score();
            bad[i] = champion.get(i).defaulted();
        }
        long defaults =
                champion.stream().filter(Backtest.Observation::defaulted).count();
        var delong = defaults < 2 || champion.size() - defaults < 2 ? null : DeLong.compare(a, b, bad);
        return new ChampionChallenger(
                championModel, challengerModel, new Backtest(champion).run(), new Backtest(challenger).run(), delong);
    }

    void print(PrintWriter out) {
        int w = Math.max(16, Math.max(championModel.length(), challengerModel.length()));
        var text = "%-18s %" + w + "s %" + w + "s%n";
        var number = "%-18s %" + w + ".3f %" + w + ".3f%n";
        out.printf(Locale.ROOT, text, "", "champion", "challenger");
        out.printf(Locale.ROOT, text, "model", championModel, challengerModel);
        row(out, number, "AUC", Backtest.Result::auc);
        row(out, number, "Gini", Backtest.Result::gini);
        row(out, number, "KS", Backtest.Result::ks);
        var tiers = new TreeSet<String>();
        champion.tiers().forEach(t -> tiers.add(t.tier()));
        challenger.tiers().forEach(t -> tiers.add(t.tier()));
        for (var t : tiers) {
            out.printf(Locale.ROOT, text, "tier " + t + " bad rate", tier(champion, t), tier(challenger, t));
        }
        out.printf(
                Locale.ROOT,
                text,
                "monotone",
                champion.monotone() ? "yes" : "NO",
                challenger.monotone() ? "yes" : "NO");
        if (comparison == null) {
            out.println("AUC difference: not tested (fewer than two defaulters or non-defaulters).");
            return;
        }
        out.printf(
                Locale.ROOT,
                "AUC difference (challenger − champion) %+.4f, 95 %% CI [%+.4f, %+.4f], DeLong z %.2f, p %.4f: %s%n",
                comparison.difference(),
                comparison.low(),
                comparison.high(),
                comparison.z(),
                comparison.p(),
                comparison.p() < 0.05
                        ? (comparison.difference() > 0
                                ? "the challenger separates better"
                                : "the champion separates better")
                        : "no significant difference");
    }

    private void row(PrintWriter out, String format, String name, Function<Backtest.Result, Double> figure) {
        out.printf(Locale.ROOT, format, name, figure.apply(champion), figure.apply(challenger));
    }

    private static String tier(Backtest.Result r, String tier) {
        return r.tiers().stream()
                .filter(t -> t.tier().equals(tier))
                .findFirst()
                .map(t -> String.format(Locale.ROOT, "%.2f%% (%,d)", 100 * t.badRate(), t.count()))
                .orElse("–");
    }
}
