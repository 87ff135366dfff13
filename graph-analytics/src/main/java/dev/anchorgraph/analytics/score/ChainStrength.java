package dev.anchorgraph.analytics.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The strongest trade chain from each firm to one anchor.
 *
 * <p>Input: a directed graph oriented <em>towards the anchor</em> whose edge {@code x → y} carries the share of
 * x's trade that goes through y: for suppliers (upstream), the share of x's sales sold to y; for distributors
 * (downstream), the share of x's purchases bought from y. A chain's strength is the product of its shares, e.g.
 * "sells 40 % of its output to Y, which sells 60 % of its output to the anchor" = 0.4 × 0.6 = 0.24.
 *
 * <p>The strongest chain maximises that product, i.e. minimises {@code Σ −log(share)}: a shortest path with
 * non-negative weights. Paths are limited to {@code maxHops} edges (default 3), so it is found with Bellman–Ford
 * bounded to {@code maxHops} rounds (JGraphT), from the anchor over the reversed graph. Cost O(maxHops · E).
 * Hops to the anchor ({@link Chain#hops()}) are counted separately by breadth-first search: the nearest chain
 * need not be the strongest.
 *
 * @param <V> firm identifier
 */
public final class ChainStrength<V> {

    public static final int DEFAULT_MAX_HOPS = 3;

    private final Graph<V, DefaultWeightedEdge> shares;
    private final V anchor;
    private final int maxHops;
    private BellmanFordShortestPath<V, DefaultWeightedEdge> strongest;
    private BreadthFirstIterator<V, DefaultWeightedEdge> nearest;

    /**
     * @param shares  edges towards the anchor weighted by share (0 < share ≤ 1)
     * @param anchor  the anchor; it need not be in the graph (then no firm has a chain)
     * @param maxHops the longest chain considered
     */
    public ChainStrength(Graph<V, DefaultWeightedEdge> shares, V anchor, int maxHops) {
        this.shares = shares;
        this.anchor = anchor;
        this.maxHops = maxHops;
    }

    /**
     * @param hops   trade hops to the anchor on the nearest chain
     * @param path   the strongest chain, firm first, anchor last
     * @param hopShares the share of each hop of {@code path}
     */
    public record Chain<V>(int hops, double strength, List<V> path, List<Double> hopShares) {}

    /** The firm's chain, or empty when the firm is unknown, is the anchor, or has no chain within {@code maxHops}. */
    public Optional<Chain<V>> chain(V firm) {
        if (!shares.containsVertex(firm) || !shares.containsVertex(anchor) || firm.equals(anchor)) {
            return Optional.empty();
        }
        prepare();
        var path = strongest.getPath(anchor, firm);
        if (path == null) {
            return Optional.empty();
        }
        var vertices = new ArrayList<>(path.getVertexList()).reversed();
        var hopShares = new ArrayList<Double>();
        for (int i = 0; i + 1 < vertices.size(); i++) {
            hopShares.add(shares.getEdgeWeight(shares.getEdge(vertices.get(i), vertices.get(i + 1))));
        }
        return Optional.of(new Chain<>(
                nearest.getDepth(firm), Math.exp(-path.getWeight()), List.copyOf(vertices), List.copyOf(hopShares)));
    }

    private void prepare() {
        if (strongest != null) {
            return;
        }
        var reversed = new EdgeReversedGraph<>(shares);
        var logWeights = new AsWeightedGraph<>(reversed, e -> -Math.log(shares.getEdgeWeight(e)), true, false);
        strongest = new BellmanFordShortestPath<>(logWeights, 1e-12, maxHops);
        strongest.getPaths(anchor);
        nearest = new BreadthFirstIterator<>(reversed, anchor);
        while (nearest.hasNext()) {
            nearest.next();
        }
    }
}
