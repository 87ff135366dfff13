package dev.anchorgraph.analytics.backtest;

import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.RiskModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last {@code score} run stored on each scored firm (docs/scoring-contract.md): its features, knock-outs and
 * score. {@code fit} fits on them, and {@link ModelScoring} scores them again with another model, so a model file is
 * measured on the same evidence the stored score came from.
 */
public final class StoredFeatures {

    /**
     * @param knockouts the knock-outs' reason codes (e.g. {@code KO_DISHONEST_DEBTOR}), empty when none
     * @param score     the stored score
     * @param model     the version of the model that gave it
     */
    public record Firm(
            String uscc, Map<Feature, Double> values, List<String> knockouts, int score, String tier, String model) {}

    private static final String OF = """
            UNWIND $usccs AS u
            MATCH (c:Company {uscc: u})
            WHERE c.riskScore IS NOT NULL
            RETURN c.uscc AS uscc, [k IN $properties | c[k]] AS values, coalesce(c.riskKnockouts, []) AS knockouts,
                   c.riskScore AS score, c.riskTier AS tier, c.riskModel AS model
            ORDER BY uscc
            """;

    private static final String ALL = """
            MATCH (c:Company)
            WHERE c.riskScore IS NOT NULL
            RETURN c.uscc AS uscc, [k IN $properties | c[k]] AS values, coalesce(c.riskKnockouts, []) AS knockouts,
                   c.riskScore AS score, c.riskTier AS tier, c.riskModel AS model
            ORDER BY uscc
            """;

    private StoredFeatures() {}

    /** A model's features that the score step stores on the firm (the others cannot be read back). */
    public static List<Feature> stored(RiskModel model) {
        return model.features().stream()
                .map(RiskModel.BandedFeature::feature)
                .filter(f -> f.property() != null)
                .toList();
    }

    /**
     * @param usccs    the firms to read; {@code null}: every scored firm
     * @param features the features to read
     * @return the scored firms among them, in USCC order
     */
    public static List<Firm> read(Neo4jConnection neo4j, Collection<String> usccs, List<Feature> features) {
        var properties = features.stream().map(Feature::property).toList();
        var firms = new ArrayList<Firm>();
        try (var s = neo4j.driver().session(neo4j.session())) {
            var result = usccs == null
                    ? s.run(ALL, Map.of("properties", properties))
                    : s.run(OF, Map.of("usccs", List.copyOf(usccs), "properties", properties));
            result.forEachRemaining(r -> {
                var values = new HashMap<Feature, Double>();
                var list = r.get("values").asList(v -> v.isNull() ? null : v.asNumber());
                for (int i = 0; i < features.size(); i++) {
                    if (list.get(i) != null) {
                        values.put(features.get(i), list.get(i).doubleValue());
                    }
                }
                firms.add(new Firm(
                        r.get("uscc").asString(),
                        Map.copyOf(values),
                        r.get("knockouts").asList(v -> v.asString()),
                        r.get("score").asInt(),
                        r.get("tier").asString(),
                        r.get("model").isNull() ? "" : r.get("model").asString()));
            });
        }
        return firms;
    }
}
