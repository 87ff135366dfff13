package dev.anchorgraph.loader.fraud;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;

/**
 * Circular-trading rings (循环交易): simple directed cycles of 2 to {@code maxLength} firms whose legs carry
 * near-equal amounts in the same months, as when goods (or only invoices) go round and come back.
 *
 * <p>Input: the trade graph seller → buyer, each edge a {@link Leg} with the pair's amount in the window and the
 * months it traded in (bit {@code i} = {@code i} months before the as-of month). A cycle is a ring when
 * <ul>
 *   <li>{@code min(leg amounts) / max(leg amounts) ≥ minRatio} (default 0.8): a ring passes on what it got, minus a
 *       thin margin, while ordinary firms buy and sell very different amounts;</li>
 *   <li>every leg trades within one month of every month any leg trades in ({@code ∪ months ⊆ dilate(leg months)}
 *       for each leg): the rounds go round within days, one month of slack for a round across a month end.</li>
 * </ul>
 *
 * <p>Method: strongly connected components (Gabow, O(V + E)); only a component can hold a cycle. In each, a
 * depth-first search from every vertex {@code s} in ascending order through vertices greater than {@code s} finds
 * each simple cycle exactly once, starting at its smallest vertex (the canonical rotation). The amount rule prunes:
 * adding a leg only lowers {@code min/max}, so a path below {@code minRatio} is not extended. Cost is exponential in
 * {@code maxLength} in the worst case, so it is capped: components above {@code maxComponentSize} vertices (default
 * 1,000) are searched only through vertices with at most {@code maxDegree} (default 50) trading partners (rings are
 * of small and medium traders; hubs with hundreds of partners would only multiply paths), and each component's
 * search stops after {@code maxSteps} edge visits (default 1,000,000), counted in {@link #truncated()}.
 *
 * @param <V> firm identifier; its order decides the canonical rotation and the order of the rings
 */
final class RingFinder<V extends Comparable<V>> {

    static final int DEFAULT_MAX_LENGTH = 6;
    static final double DEFAULT_MIN_RATIO = 0.8;
    static final int DEFAULT_MAX_COMPONENT_SIZE = 1_000;
    static final int DEFAULT_MAX_DEGREE = 50;
    static final long DEFAULT_MAX_STEPS = 1_000_000;

    /** A pair's trade in the window; a class, not a record, because JGraphT needs distinct edge objects. */
    static final class Leg {
        final double amount;
        final int months;

        Leg(double amount, int months) {
            this.amount = amount;
            this.months = months;
        }
    }

    /** @param amounts leg {@code i} runs from member {@code i} to member {@code i + 1} (the last to the first) */
    record Ring<V>(List<V> members, List<Double> amounts, int months) {}

    private final Graph<V, Leg> trade;
    private final int maxLength;
    private final double minRatio;
    private final int maxComponentSize;
    private final int maxDegree;
    private final long maxSteps;
    private int truncated;

    RingFinder(Graph<V, Leg> trade) {
        this(trade, DEFAULT_MAX_LENGTH, DEFAULT_MIN_RATIO, DEFAULT_MAX_COMPONENT_SIZE, DEFAULT_MAX_DEGREE, DEFAULT_MAX_STEPS);
    }

    RingFinder(Graph<V, Leg> trade, int maxLength, double minRatio, int maxComponentSize, int maxDegree, long maxSteps) {
        this.trade = trade;
        this.maxLength = maxLength;
        this.minRatio = minRatio;
        this.maxComponentSize = maxComponentSize;
        this.maxDegree = maxDegree;
        this.maxSteps = maxSteps;
    }

    /** The rings, each once, ordered by their members. */
    List<Ring<V>> rings() {
        var rings = new ArrayList<Ring<V>>();
        for (var component : new GabowStrongConnectivityInspector<>(trade).stronglyConnectedSets()) {
            if (component.size() > 1) {
                new Search(component, rings).run();
            }
        }
        rings.sort(RingFinder::byMembers);
        return rings;
    }

    /** Member by member; a ring that is a prefix of another comes first. */
    private static <V extends Comparable<V>> int byMembers(Ring<V> a, Ring<V> b) {
        for (int i = 0; i < a.members().size() && i < b.members().size(); i++) {
            int c = a.members().get(i).compareTo(b.members().get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.members().size(), b.members().size());
    }

    /** Components whose search hit {@code maxSteps}; their rings may be incomplete. */
    int truncated() {
        return truncated;
    }

    private final class Search {
        private final Set<V> component;
        private final List<Ring<V>> rings;
        private final boolean large;
        private final List<V> path = new ArrayList<>();
        private final List<Leg> legs = new ArrayList<>();
        private final Set<V> onPath = new HashSet<>();
        private long steps;

        Search(Set<V> component, List<Ring<V>> rings) {
            this.component = component;
            this.rings = rings;
            this.large = component.size() > maxComponentSize;
        }

        void run() {
            for (var start : component.stream().sorted().toList()) {
                if (usable(start) && steps < maxSteps) {
                    path.add(start);
                    onPath.add(start);
                    extend(start, Double.MAX_VALUE, 0);
                    path.clear();
                    onPath.clear();
                }
            }
            if (steps >= maxSteps) {
                truncated++;
            }
        }

        private boolean usable(V v) {
            return !large || trade.degreeOf(v) <= maxDegree;
        }

        private void extend(V v, double min, double max) {
            var start = path.getFirst();
            var out = trade.outgoingEdgesOf(v).stream().sorted(Comparator.comparing(trade::getEdgeTarget)).toList();
            for (var leg : out) {
                if (++steps > maxSteps) {
                    return;
                }
                var next = trade.getEdgeTarget(leg);
                double lo = Math.min(min, leg.amount);
                double hi = Math.max(max, leg.amount);
                if (!component.contains(next) || next.compareTo(start) < 0 || !usable(next) || lo < minRatio * hi) {
                    continue;
                }
                legs.add(leg);
                if (next.equals(start)) {
                    sameMonths().ifPresent(months -> rings.add(new Ring<>(List.copyOf(path),
                            legs.stream().map(l -> l.amount).toList(), months)));
                } else if (path.size() < maxLength && onPath.add(next)) {
                    path.add(next);
                    extend(next, lo, hi);
                    path.removeLast();
                    onPath.remove(next);
                }
                legs.removeLast();
            }
        }

        private java.util.Optional<Integer> sameMonths() {
            int union = 0;
            for (var leg : legs) {
                union |= leg.months;
            }
            for (var leg : legs) {
                int near = leg.months | leg.months << 1 | leg.months >>> 1;
                if ((union & ~near) != 0) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(union);
        }
    }
}
