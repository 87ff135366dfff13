package dev.anchorgraph.service.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.Relationship;

/**
 * A relationship between two nodes, in its graph direction (shareholder → company, seller → buyer, party → case).
 * Only the properties a reader needs are shown; SUPPLIES's monthly series stay in the graph.
 */
record NetworkEdge(String from, String to, String type, Map<String, Object> properties) {

    private static final Map<String, List<String>> SHOWN = Map.of(
            "HOLDS_SHARES", List.of("stake", "subscribedCapital", "since"),
            "OFFICER_OF", List.of("role"),
            "SUPPLIES", List.of("amount", "invoiceCount", "firstOn", "lastOn"),
            "PARTY_TO", List.of("role"));

    static NetworkEdge of(Relationship r, String from, String to) {
        var properties = new LinkedHashMap<String, Object>();
        for (var key : SHOWN.getOrDefault(r.type(), List.of())) {
            if (r.containsKey(key) && !r.get(key).isNull()) {
                properties.put(key, r.get(key).asObject());
            }
        }
        return new NetworkEdge(from, to, r.type(), properties);
    }
}
