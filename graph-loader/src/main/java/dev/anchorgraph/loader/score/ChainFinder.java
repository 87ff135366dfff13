package dev.anchorgraph.loader.score;

import dev.anchorgraph.loader.Neo4jConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Finds every firm's chains to every anchor and writes them as {@code (:Company)-[:CHAIN_TO]->(:Anchor)}.
 *
 * <p>For one anchor and one direction, the neighbourhood is read level by level, three levels deep: upstream, the
 * sellers to the anchor, then the sellers to those, …; downstream, the buyers. Anchors are hubs with thousands of
 * partners, so each expansion is bounded: per firm the {@value #BREADTH} partners with the most 12-month trade,
 * per anchor and direction at most {@value #MAX_FIRMS} firms. Only that neighbourhood is in memory, one anchor at a
 * time; {@link ChainStrength} then finds each firm's strongest chain in it.
 */
final class ChainFinder {

    static final int BREADTH = 200;
    static final int MAX_FIRMS = 50_000;

    private static final String UPSTREAM = """
            UNWIND $frontier AS f
            MATCH (y:Company {uscc: f})<-[s:SUPPLIES]-(x:Company)
            WHERE s.amount12 > 0 AND x.sales12 > 0
            WITH y, x, s ORDER BY s.amount12 DESC, x.uscc
            WITH y, collect({x: x.uscc, share: s.amount12 / x.sales12})[..$breadth] AS top
            UNWIND top AS t
            RETURN y.uscc AS y, t.x AS x, t.share AS share
            """;

    private static final String DOWNSTREAM = """
            UNWIND $frontier AS f
            MATCH (y:Company {uscc: f})-[s:SUPPLIES]->(x:Company)
            WHERE s.amount12 > 0 AND x.purchases12 > 0
            WITH y, x, s ORDER BY s.amount12 DESC, x.uscc
            WITH y, collect({x: x.uscc, share: s.amount12 / x.purchases12})[..$breadth] AS top
            UNWIND top AS t
            RETURN y.uscc AS y, t.x AS x, t.share AS share
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (c:Company {uscc: row.firm})
            MATCH (a:Company {uscc: row.anchor})
            CREATE (c)-[:CHAIN_TO {direction: row.direction, hops: row.hops, strength: row.strength,
                                   path: row.path, shares: row.shares}]->(a)
            """;

    private final Neo4jConnection neo4j;

    ChainFinder(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    /** @return CHAIN_TO relationships written */
    long run() {
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run("MATCH ()-[r:CHAIN_TO]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume();
            var anchors = s.run("MATCH (a:Anchor) RETURN a.uscc AS uscc ORDER BY uscc").list(r -> r.get("uscc").asString());
            long written = 0;
            for (var anchor : anchors) {
                written += write(anchor, "upstream", UPSTREAM);
                written += write(anchor, "downstream", DOWNSTREAM);
            }
            return written;
        }
    }

    private long write(String anchor, String direction, String expand) {
        var graph = neighbourhood(anchor, expand);
        var chains = new ChainStrength<>(graph, anchor, ChainStrength.DEFAULT_MAX_HOPS);
        var rows = new ArrayList<Map<String, Object>>();
        for (var firm : graph.vertexSet().stream().sorted().toList()) {
            chains.chain(firm).ifPresent(c -> rows.add(Map.of("firm", firm, "anchor", anchor, "direction", direction,
                    "hops", c.hops(), "strength", c.strength(), "path", c.path(), "shares", c.hopShares())));
        }
        try (var s = neo4j.driver().session(neo4j.session())) {
            for (int i = 0; i < rows.size(); i += 5000) {
                var batch = rows.subList(i, Math.min(rows.size(), i + 5000));
                s.executeWriteWithoutResult(tx -> tx.run(WRITE, Map.of("rows", batch)).consume());
            }
        }
        return rows.size();
    }

    private SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> neighbourhood(String anchor, String expand) {
        var graph = new SimpleDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        graph.addVertex(anchor);
        var seen = new HashSet<>(List.of(anchor));
        List<String> frontier = List.of(anchor);
        try (var s = neo4j.driver().session(neo4j.session())) {
            for (int level = 0; level < ChainStrength.DEFAULT_MAX_HOPS && !frontier.isEmpty(); level++) {
                var next = new ArrayList<String>();
                var edges = s.run(expand, Map.of("frontier", frontier, "breadth", BREADTH)).list();
                for (var r : edges) {
                    var x = r.get("x").asString();
                    var y = r.get("y").asString();
                    if (!graph.containsVertex(x)) {
                        if (seen.size() >= MAX_FIRMS) {
                            continue;
                        }
                        graph.addVertex(x);
                    }
                    if (seen.add(x)) {
                        next.add(x);
                    }
                    if (!x.equals(y) && !graph.containsEdge(x, y)) {
                        graph.setEdgeWeight(graph.addEdge(x, y), Math.min(1.0, r.get("share").asDouble()));
                    }
                }
                frontier = next;
            }
        }
        return graph;
    }
}
