package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.analytics.backtest.StoredFeatures;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.RiskModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The firms to fit on: those with an outcome that the last {@code score} run scored (status {@code scored}) without a
 * knock-out, with the features it stored on them (docs/scoring-contract.md). Knocked-out firms are policy, not
 * points, and firms with insufficient data have no trade features to fit; both are left out, as {@code backtest}
 * leaves out the unscored.
 *
 * <p>Candidates are the base model's banded features that the score step stores; the others (litigation amount,
 * related-party risk, USCC checksum, the fraud flags) are not on the graph and so cannot be fitted.
 */
final class FirmSample {

    private FirmSample() {}

    static List<Feature> candidates(RiskModel base) {
        return StoredFeatures.stored(base);
    }

    static List<FitFirm> read(Neo4jConnection neo4j, Map<String, Boolean> outcomes, List<Feature> candidates) {
        return StoredFeatures.read(neo4j, outcomes.keySet(), candidates).stream()
                .filter(f -> f.knockouts().isEmpty())
                .map(f -> new FitFirm(f.uscc(), f.values(), outcomes.get(f.uscc())))
                .toList();
    }

    /** Every firm the last score run scored without a knock-out, outcome or not (its {@code defaulted} is unused). */
    static List<FitFirm> population(Neo4jConnection neo4j, List<Feature> candidates) {
        return StoredFeatures.read(neo4j, null, candidates).stream()
                .filter(f -> f.knockouts().isEmpty())
                .map(f -> new FitFirm(f.uscc(), f.values(), false))
                .toList();
    }

    /**
     * A seeded split: the firms in USCC order, shuffled with {@code new Random(seed)}, the first {@code share} of them
     * held out. Same firms + same seed → same split.
     *
     * @return {fitting, holdout}
     */
    static List<List<FitFirm>> split(List<FitFirm> firms, double share, long seed) {
        var shuffled = new ArrayList<>(firms.stream()
                .sorted(java.util.Comparator.comparing(FitFirm::uscc))
                .toList());
        Collections.shuffle(shuffled, new Random(seed));
        int held = (int) Math.round(share * shuffled.size());
        return List.of(List.copyOf(shuffled.subList(held, shuffled.size())), List.copyOf(shuffled.subList(0, held)));
    }
}
