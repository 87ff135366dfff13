package dev.anchorgraph.analytics.backtest;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;

/**
 * The AUC of a reference PD per firm on the backtest's firms, and each model's AUC as a share of it. With the
 * generator's {@code hidden-health.csv} ({@code generate --write-health}) the reference is the default chance each
 * outcome was drawn with: no model can rank better in expectation, so "the model reaches x of the oracle AUC" says how
 * much of what the data can tell it finds. Ranked by −pd (higher = safer, as scores), ties counting half.
 *
 * @param auc              the oracle's AUC on the same firms
 * @param championRatio    champion AUC / oracle AUC
 * @param challengerRatio  challenger AUC / oracle AUC; {@code null} without a challenger
 */
public record Oracle(String file, long firms, double auc, double championRatio, Double challengerRatio) {

    /** USCC → pd, from a CSV with a header holding {@code uscc} and {@code pd}. */
    static Map<String, Double> read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new UserInputException("Cannot read " + file);
        }
        var pds = new TreeMap<String, Double>();
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            for (var row : parser) {
                try {
                    pds.put(
                            row.get("uscc").strip(),
                            Double.parseDouble(row.get("pd").strip()));
                } catch (IllegalArgumentException e) { // a missing column or a pd that is no number
                    throw new UserInputException(
                            file + " line " + parser.getCurrentLineNumber() + ": needs uscc and a numeric pd");
                }
            }
        }
        return pds;
    }

    /**
     * @throws UserInputException when a backtested firm has no pd in the file, or there are fewer than two
     *                             defaulters or non-defaulters
     */
    static Oracle of(
            Path file,
            Map<String, Double> pds,
            List<Backtest.Observation> champion,
            List<Backtest.Observation> challenger) {
        var scores = new double[champion.size()];
        var oracle = new double[champion.size()];
        var bad = new boolean[champion.size()];
        for (int i = 0; i < scores.length; i++) {
            var o = champion.get(i);
            var pd = pds.get(o.uscc());
            if (pd == null) {
                throw new UserInputException(file + " has no pd for " + o.uscc() + ", a backtested firm");
            }
            scores[i] = o.score();
            oracle[i] = -pd;
            bad[i] = o.defaulted();
        }
        long defaults =
                champion.stream().filter(Backtest.Observation::defaulted).count();
        if (defaults < 2 || champion.size() - defaults < 2) {
            throw new UserInputException("--oracle: the backtest needs two defaulters and two non-defaulters at least");
        }
        var vsChampion = DeLong.compare(scores, oracle, bad);
        Double challengerRatio = null;
        if (challenger != null) {
            var other =
                    challenger.stream().mapToDouble(Backtest.Observation::score).toArray();
            challengerRatio = DeLong.compare(other, oracle, bad).championAuc() / vsChampion.challengerAuc();
        }
        return new Oracle(
                file.toString(),
                scores.length,
                vsChampion.challengerAuc(),
                vsChampion.championAuc() / vsChampion.challengerAuc(),
                challengerRatio);
    }

    void print(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "Oracle (%s) on the same %,d firms: AUC %.3f; champion %.3f of it%s%n",
                file,
                firms,
                auc,
                championRatio,
                challengerRatio == null ? "" : String.format(Locale.ROOT, ", challenger %.3f", challengerRatio));
    }
}
