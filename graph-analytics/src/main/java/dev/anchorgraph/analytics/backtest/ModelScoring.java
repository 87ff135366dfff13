package dev.anchorgraph.analytics.backtest;

import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.Knockout;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.Scorecard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores firms with a model file from the features a score run stored on them ({@link StoredFeatures}), with
 * {@link Scorecard}, the code {@code score --model} runs: what {@code fit} validates on its hold-out and what
 * {@code backtest --challenger} measures.
 *
 * <p>Two differences from a score run, both so that every firm the stored score covers is scored again: the
 * insufficient-data rule is not applied (the firms were scored, so they had the evidence), and knock-outs are those
 * stored, matched to the model's rules by reason code (one the model does not know still forces the last tier).
 * Features the score step does not store (litigation amount, related-party risk, the USCC checksum, the fraud flags)
 * count as missing: a model that bands them is measured without them.
 */
public final class ModelScoring {

    private final RiskModel model;
    private final Scorecard scorecard;
    private final Map<String, Knockout> knockoutByReason = new HashMap<>();

    public ModelScoring(RiskModel model) {
        this.model = new RiskModel(
                model.version(),
                model.description(),
                model.base(),
                model.tiers(),
                model.stableBuyer(),
                model.largeBuyerPercentile(),
                model.features(),
                model.knockouts(),
                null,
                model.limitPolicy(),
                model.messages());
        this.scorecard = new Scorecard(this.model);
        model.knockouts().forEach(k -> knockoutByReason.put(k.reason(), k.feature()));
    }

    public RiskModel model() {
        return model;
    }

    /** The firm's score and tier under the model, as a backtest observation. */
    public Backtest.Observation score(
            String uscc, Map<Feature, Double> values, List<String> knockouts, boolean defaulted) {
        var kos = new HashMap<Knockout, String>();
        boolean unknown = false;
        for (var code : knockouts) {
            var k = knockoutByReason.get(code);
            if (k == null) {
                unknown = true;
            } else {
                kos.put(k, "");
            }
        }
        var result = scorecard.score(values, kos);
        var tier = unknown ? model.tiers().getLast().tier() : result.tier();
        return new Backtest.Observation(uscc, result.score(), tier.code(), defaulted);
    }
}
