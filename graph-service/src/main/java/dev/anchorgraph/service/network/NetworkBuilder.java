package dev.anchorgraph.service.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.Node;

/**
 * Collects expansions into one network: each node and relationship once (a partner reached twice is one node),
 * and per expansion how many relationships the caps left out.
 */
final class NetworkBuilder {

    static final List<String> COMPANY_EXPANSIONS = List.of("shareholders", "holdings", "officers", "partners", "cases");
    static final List<String> ALL_EXPANSIONS =
            List.of("shareholders", "holdings", "officers", "partners", "cases", "positions", "parties");

    private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();
    private final Map<String, NetworkEdge> edges = new LinkedHashMap<>();
    private final List<NetworkNode> depth1 = new ArrayList<>();
    private Map<String, Long> truncated1;
    private Map<String, Long> truncated2;

    NetworkBuilder(Node root) {
        var node = NetworkNode.of(root);
        nodes.put(node.id(), node);
    }

    NetworkBuilder depth1(List<NetworkQueries.Expansion> rows) {
        truncated1 = add(rows, COMPANY_EXPANSIONS, depth1);
        return this;
    }

    NetworkBuilder depth2(List<NetworkQueries.Expansion> rows) {
        truncated2 = add(rows, ALL_EXPANSIONS, null);
        return this;
    }

    /** The nodes depth 1 added, to expand at depth 2: the capped set only, never what the caps left out. */
    NetworkQueries.Frontier frontier() {
        return new NetworkQueries.Frontier(ids(depth1, "company"), ids(depth1, "person"), ids(depth1, "case"));
    }

    Network build() {
        return new Network(
                List.copyOf(nodes.values()),
                List.copyOf(edges.values()),
                new Network.Truncated(truncated1, truncated2));
    }

    private Map<String, Long> add(
            List<NetworkQueries.Expansion> rows, List<String> expansions, List<NetworkNode> added) {
        var kept = new HashMap<String, Long>(); // per expanded node and expansion: rows kept
        var totals = new HashMap<String, Long>(); // per expanded node and expansion: relationships in all
        for (var row : rows) {
            var neighbour = NetworkNode.of(row.n());
            if (nodes.putIfAbsent(neighbour.id(), neighbour) == null && added != null) {
                added.add(neighbour);
            }
            var outgoing = !row.r().startNodeElementId().equals(row.n().elementId());
            edges.putIfAbsent(
                    row.r().elementId(),
                    NetworkEdge.of(
                            row.r(), outgoing ? row.key() : neighbour.id(), outgoing ? neighbour.id() : row.key()));
            var slot = row.key() + '\u0000' + row.expansion();
            kept.merge(slot, 1L, Long::sum);
            totals.put(slot, row.total());
        }
        var leftOut = new LinkedHashMap<String, Long>();
        expansions.forEach(e -> leftOut.put(e, 0L));
        totals.forEach((slot, total) ->
                leftOut.merge(slot.substring(slot.indexOf('\u0000') + 1), total - kept.get(slot), Long::sum));
        return leftOut;
    }

    private List<String> ids(List<NetworkNode> list, String kind) {
        return list.stream()
                .filter(n -> n.kind().equals(kind))
                .map(NetworkNode::id)
                .toList();
    }
}
