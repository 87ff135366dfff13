package dev.anchorgraph.analytics.score;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * One anchor's trade neighbourhood on one side, read level by level up to {@link ChainStrength#DEFAULT_MAX_HOPS}
 * levels deep, as a graph oriented towards the anchor and weighted by share (the input of {@link ChainStrength}).
 *
 * <p>The anchor's own partners are read in full: every firm with 12-month trade with the anchor is in the
 * neighbourhood, however many there are (real anchors have thousands). Deeper levels are bounded so one anchor's
 * neighbourhood fits in memory: per firm its {@code breadth} partners with the most 12-month trade (default
 * {@value #DEFAULT_BREADTH}), and at most {@code maxFirms} firms in all (default {@value #DEFAULT_MAX_FIRMS}),
 * admitted strongest share first. What the bounds leave out is counted in {@link Coverage}, never dropped
 * silently. Cost: one query per level; memory O(firms + links) of the neighbourhood.
 */
final class AnchorNeighbourhood {

    static final int DEFAULT_BREADTH = 200;
    static final int DEFAULT_MAX_FIRMS = 50_000;

    /**
     * What the bounds left out of one anchor's neighbourhood on one side.
     *
     * @param tier1            the anchor's direct partners (all of them, never bounded)
     * @param firms            firms in the neighbourhood, anchor excluded
     * @param linksNotFollowed partner links beyond the {@code breadth} strongest of a tier-1 or tier-2 firm
     * @param firmsLeftOut     distinct firms not admitted because the neighbourhood had reached {@code maxFirms}
     */
    record Coverage(long tier1, long firms, long linksNotFollowed, long firmsLeftOut) {}

    record Result(SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> graph, Coverage coverage) {}

    private record Link(String x, String y, double share) {}

    private final Neo4jConnection neo4j;
    private final int breadth;
    private final int maxFirms;

    AnchorNeighbourhood(Neo4jConnection neo4j, int breadth, int maxFirms) {
        this.neo4j = neo4j;
        this.breadth = breadth;
        this.maxFirms = maxFirms;
    }

    /** @param expand the side's query ({@link ChainFinder}): frontier and breadth in; links x → y and overflow out */
    Result read(String anchor, String expand) {
        var graph = new SimpleDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        graph.addVertex(anchor);
        Set<String> leftOut = new HashSet<>();
        long tier1 = 0;
        long notFollowed = 0;
        List<String> frontier = List.of(anchor);
        try (var s = neo4j.driver().session(neo4j.session())) {
            for (int level = 0; level < ChainStrength.DEFAULT_MAX_HOPS && !frontier.isEmpty(); level++) {
                var links = new ArrayList<Link>();
                int levelBreadth = level == 0 ? Integer.MAX_VALUE : breadth;
                for (var r : s.run(expand, Map.of("frontier", frontier, "breadth", levelBreadth))
                        .list()) {
                    links.add(new Link(
                            r.get("x").asString(),
                            r.get("y").asString(),
                            Math.min(1.0, r.get("share").asDouble())));
                    notFollowed += r.get("more").asLong();
                }
                // strongest first, so a bounded neighbourhood keeps the links that make the strongest chains
                links.sort(Comparator.comparingDouble(Link::share)
                        .reversed()
                        .thenComparing(Link::x)
                        .thenComparing(Link::y));
                var next = new ArrayList<String>();
                for (var link : links) {
                    if (!graph.containsVertex(link.x())) {
                        if (level > 0 && graph.vertexSet().size() - 1 >= maxFirms) {
                            leftOut.add(link.x());
                            continue;
                        }
                        graph.addVertex(link.x());
                        next.add(link.x());
                        tier1 += level == 0 ? 1 : 0;
                    }
                    if (!link.x().equals(link.y()) && !graph.containsEdge(link.x(), link.y())) {
                        graph.setEdgeWeight(graph.addEdge(link.x(), link.y()), link.share());
                    }
                }
                next.sort(null);
                frontier = next;
            }
        }
        return new Result(graph, new Coverage(tier1, graph.vertexSet().size() - 1L, notFollowed, leftOut.size()));
    }
}
