package dev.anchorgraph.control;

import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Equity penetration (股权穿透) of one party: upwards, every holder up the chains above a firm; downwards, every firm
 * a holder holds through chains; each with its cumulative stake (docs/adr/0014).
 *
 * <p>Formula: the cumulative stake of holder {@code h} in firm {@code f} is {@code Σ over simple paths h → … → f of
 * Π stakes along the path}, over paths of at most {@code maxDepth} holdings. A path never enters a node already on it
 * (a circular holding is cut at the first repeated node). A path with an unknown stake has an unknown product: the
 * party's stake is the sum of its known paths ({@link Stake#known()}) and {@link Stake#unknown()} says that more
 * paths exist whose product is not known.
 *
 * <p>Method: depth-first enumeration of simple paths with an explicit stack (one frame per level, at most
 * {@code maxDepth + 1}); a node is on the path when it is among the path's at most 11 nodes, so no per-graph
 * memory is touched. Cost: O(paths × depth) time, at most {@code maxPaths} paths (then {@link Result#truncated()}).
 * Defaults: depth 10, 10,000 paths. Deterministic: neighbours are visited in party order and results are sorted by
 * stake, then by party id.
 */
public final class EquityPenetration {

    public static final int DEFAULT_MAX_DEPTH = 10;
    public static final int DEFAULT_MAX_PATHS = 10_000;

    /** {@code UP}: the holders above a firm; {@code DOWN}: the firms below a holder. */
    public enum Direction {
        UP,
        DOWN
    }

    /**
     * One chain, written from the holder at the top to the firm at the bottom: {@code stakes.get(i)} is the holding of
     * {@code parties.get(i)} in {@code parties.get(i + 1)}, null when unknown.
     */
    public record Path(List<Party> parties, List<Double> stakes) {
        /** The product of the stakes; null when one is unknown. */
        public Double product() {
            double p = 1;
            for (var s : stakes) {
                if (s == null) {
                    return null;
                }
                p *= s;
            }
            return p;
        }
    }

    /**
     * A party reached, with its cumulative stake: {@code known} the sum over paths whose stakes are all known,
     * {@code unknown} whether some path has an unknown stake; {@code top} when some path ends there because it has
     * no further holder (holding) off the path, or at the depth bound; {@code hops} its shortest path's length.
     */
    public record Stake(Party party, double known, boolean unknown, boolean top, int hops, List<Path> paths) {}

    /** The penetration of {@code root}: the parties reached, largest known stake first. */
    public record Result(Party root, List<Stake> stakes, boolean truncated) {
        public List<Stake> tops() {
            return stakes.stream().filter(Stake::top).toList();
        }
    }

    private final OwnershipGraph graph;
    private final Direction direction;
    private final int maxDepth;
    private final int maxPaths;

    public EquityPenetration(OwnershipGraph graph, Direction direction) {
        this(graph, direction, DEFAULT_MAX_DEPTH, DEFAULT_MAX_PATHS);
    }

    public EquityPenetration(OwnershipGraph graph, Direction direction, int maxDepth, int maxPaths) {
        if (maxDepth < 1 || maxPaths < 1) {
            throw new IllegalArgumentException("maxDepth and maxPaths must be at least 1");
        }
        this.graph = graph;
        this.direction = direction;
        this.maxDepth = maxDepth;
        this.maxPaths = maxPaths;
    }

    public int maxDepth() {
        return maxDepth;
    }

    OwnershipGraph graph() {
        return graph;
    }

    /** The penetration of a party; empty (not truncated) when the graph does not hold it. */
    public Result of(Kind kind, String key) {
        int root = graph.indexOf(kind, key);
        if (root < 0) {
            return new Result(new Party(kind, key, null), List.of(), false);
        }
        return of(root);
    }

    Result of(int root) {
        var rows = graph.rows(direction == Direction.UP);
        var path = new int[maxDepth + 1];
        var edge = new int[maxDepth + 1];
        var next = new int[maxDepth + 1];
        path[0] = root;
        next[0] = rows.start()[root];
        var reached = new LinkedHashMap<Integer, Acc>();
        int depth = 0;
        int paths = 0;
        boolean truncated = false;
        while (depth >= 0) {
            int v = path[depth];
            int e = next[depth];
            if (depth == maxDepth || e >= rows.start()[v + 1]) {
                depth--;
                continue;
            }
            next[depth]++;
            int u = rows.target()[e];
            if (onPath(path, depth, u)) {
                continue;
            }
            if (paths == maxPaths) {
                truncated = true;
                break;
            }
            paths++;
            depth++;
            path[depth] = u;
            edge[depth] = e;
            next[depth] = rows.start()[u];
            reached.computeIfAbsent(u, k -> new Acc())
                    .add(record(rows, path, edge, depth), depth, top(rows, path, depth));
        }
        var stakes = new ArrayList<Stake>(reached.size());
        reached.forEach((i, acc) -> stakes.add(acc.stake(graph.party(i))));
        stakes.sort(Comparator.comparingDouble(Stake::known)
                .reversed()
                .thenComparing(s -> s.party().id()));
        return new Result(graph.party(root), List.copyOf(stakes), truncated);
    }

    private static boolean onPath(int[] path, int depth, int u) {
        for (int i = 0; i <= depth; i++) {
            if (path[i] == u) {
                return true;
            }
        }
        return false;
    }

    /** A path ends at its last node when no holding leads off the path from there, or at the depth bound. */
    private boolean top(OwnershipGraph.Rows rows, int[] path, int depth) {
        if (depth == maxDepth) {
            return true;
        }
        int v = path[depth];
        for (int e = rows.start()[v]; e < rows.start()[v + 1]; e++) {
            if (!onPath(path, depth, rows.target()[e])) {
                return false;
            }
        }
        return true;
    }

    /** The path from the root to {@code path[depth]}, written holder first. */
    private Path record(OwnershipGraph.Rows rows, int[] path, int[] edge, int depth) {
        var parties = new Party[depth + 1];
        var stakes = new Double[depth];
        for (int i = 0; i <= depth; i++) {
            parties[i] = graph.party(path[i]);
        }
        for (int i = 1; i <= depth; i++) {
            double s = rows.stake()[edge[i]];
            stakes[i - 1] = Double.isNaN(s) ? null : s;
        }
        var p = Arrays.asList(parties);
        var s = Arrays.asList(stakes);
        if (direction == Direction.UP) {
            Collections.reverse(p);
            Collections.reverse(s);
        }
        return new Path(List.copyOf(p), Collections.unmodifiableList(new ArrayList<>(s)));
    }

    private static final class Acc {
        double known;
        boolean unknown;
        boolean top;
        int hops = Integer.MAX_VALUE;
        final List<Path> paths = new ArrayList<>();

        void add(Path path, int depth, boolean endsHere) {
            var product = path.product();
            if (product == null) {
                unknown = true;
            } else {
                known += product;
            }
            top |= endsHere;
            hops = Math.min(hops, depth);
            paths.add(path);
        }

        Stake stake(Party party) {
            return new Stake(party, known, unknown, top, hops, List.copyOf(paths));
        }
    }
}
