package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.RiskModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

    private static final String READ = """
            UNWIND $usccs AS u
            MATCH (c:Company {uscc: u})
            WHERE c.riskScore IS NOT NULL AND size(coalesce(c.riskKnockouts, [])) = 0
            RETURN c.uscc AS uscc, [k IN $properties | c[k]] AS values
            ORDER BY uscc
            """;

    private FirmSample() {}

    static List<Feature> candidates(RiskModel base) {
        return base.features().stream()
                .map(RiskModel.BandedFeature::feature)
                .filter(f -> f.property() != null)
                .toList();
    }

    static List<FitFirm> read(Neo4jConnection neo4j, Map<String, Boolean> outcomes, List<Feature> candidates) {
        var properties = candidates.stream().map(Feature::property).toList();
        var firms = new ArrayList<FitFirm>();
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run(READ, Map.of("usccs", List.copyOf(outcomes.keySet()), "properties", properties))
                    .forEachRemaining(r -> {
                        var values = new HashMap<Feature, Double>();
                        var list = r.get("values").asList(v -> v.isNull() ? null : v.asNumber());
                        for (int i = 0; i < candidates.size(); i++) {
                            if (list.get(i) != null) {
                                values.put(candidates.get(i), list.get(i).doubleValue());
                            }
                        }
                        var uscc = r.get("uscc").asString();
                        firms.add(new FitFirm(uscc, Map.copyOf(values), outcomes.get(uscc)));
                    });
        }
        return firms;
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
