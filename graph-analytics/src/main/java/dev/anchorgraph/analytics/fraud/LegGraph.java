package dev.anchorgraph.analytics.fraud;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The trade a ring search walks, as compressed rows of primitives: firms numbered {@code 0 … n-1} in USCC order (so
 * the number order is the ring's canonical rotation), each firm's sales ({@code legs}) in one row, sorted by amount
 * and then by buyer so that a search can find the legs within an amount band by binary search.
 *
 * <p>Per leg: the buyer, the pair's amount in the ring window, its months (bit {@code i} = {@code i} months before
 * the as-of month) and its weeks (bit {@code i} of 128 = the {@code i}-th week of the window, oldest first; all bits
 * set when the day of its invoices is not known). About 32 bytes a leg and 12 a firm: a million firms with five
 * million pairs take under 200 MB, where a JGraphT graph of objects would take several times that.
 */
final class LegGraph {

    private final String[] firms;
    private final int[] rowStart;
    private final int[] buyer;
    private final double[] amount;
    private final int[] months;
    private final long[] weeks;
    private final int[] degree;

    private LegGraph(
            String[] firms, int[] rowStart, int[] buyer, double[] amount, int[] months, long[] weeks, int[] degree) {
        this.firms = firms;
        this.rowStart = rowStart;
        this.buyer = buyer;
        this.amount = amount;
        this.months = months;
        this.weeks = weeks;
        this.degree = degree;
    }

    int firms() {
        return firms.length;
    }

    int legs() {
        return buyer.length;
    }

    String firm(int v) {
        return firms[v];
    }

    /** First leg of firm {@code v}'s row; its legs are {@code rowStart(v) … rowStart(v + 1) - 1}. */
    int rowStart(int v) {
        return rowStart[v];
    }

    int buyer(int leg) {
        return buyer[leg];
    }

    double amount(int leg) {
        return amount[leg];
    }

    int months(int leg) {
        return months[leg];
    }

    /** Weeks 0–63 of the window in which the leg traded. */
    long weeksLow(int leg) {
        return weeks[2 * leg];
    }

    /** Weeks 64–127 of the window in which the leg traded. */
    long weeksHigh(int leg) {
        return weeks[2 * leg + 1];
    }

    /** Legs in and out of firm {@code v}: its trading partners, a partner it both sells to and buys from twice. */
    int degree(int v) {
        return degree[v];
    }

    /** Its strongly connected components: only a component can hold a cycle. */
    StrongComponents components() {
        return new StrongComponents(firms.length, rowStart, buyer);
    }

    /** Collects legs by USCC; a pair added twice keeps both legs, so callers add each pair once. */
    static final class Builder {
        private final ObjectIntHashMap<String> ids = new ObjectIntHashMap<>();
        private final List<String> names = new ArrayList<>();
        private final IntArrayList from = new IntArrayList();
        private final IntArrayList to = new IntArrayList();
        private final DoubleArrayList amounts = new DoubleArrayList();
        private final IntArrayList masks = new IntArrayList();
        private final LongArrayList weekMasks = new LongArrayList();

        /** A leg whose invoices' days are not known: any week of its months. */
        Builder add(String seller, String buyer, double amount, int months) {
            return add(seller, buyer, amount, months, -1L, -1L);
        }

        Builder add(String seller, String buyer, double amount, int months, long weeksLow, long weeksHigh) {
            from.add(id(seller));
            to.add(id(buyer));
            amounts.add(amount);
            masks.add(months);
            weekMasks.add(weeksLow);
            weekMasks.add(weeksHigh);
            return this;
        }

        private int id(String uscc) {
            return ids.getIfAbsentPut(uscc, () -> {
                names.add(uscc);
                return names.size() - 1;
            });
        }

        /** Per leg added: whether it can lie on a cycle ({@link Trim}). */
        boolean[] onLoops() {
            return new Trim(names.size(), from.toArray(), to.toArray()).liveEdges();
        }

        LegGraph build() {
            var all = new boolean[from.size()];
            Arrays.fill(all, true);
            return build(all);
        }

        /** The graph of the legs kept, and of the firms on them. */
        LegGraph build(boolean[] keep) {
            var used = new boolean[names.size()];
            for (int e = 0; e < keep.length; e++) {
                if (keep[e]) {
                    used[from.get(e)] = true;
                    used[to.get(e)] = true;
                }
            }
            var order = IntStream.range(0, names.size())
                    .filter(i -> used[i])
                    .boxed()
                    .sorted(Comparator.comparing(names::get))
                    .mapToInt(i -> i)
                    .toArray();
            int n = order.length;
            var rank = new int[names.size()];
            var sortedNames = new String[n];
            for (int r = 0; r < n; r++) {
                rank[order[r]] = r;
                sortedNames[r] = names.get(order[r]);
            }
            var legs = IntStream.range(0, keep.length)
                    .filter(e -> keep[e])
                    .boxed()
                    .sorted(Comparator.<Integer>comparingInt(e -> rank[from.get(e)])
                            .thenComparingDouble(amounts::get)
                            .thenComparingInt(e -> rank[to.get(e)]))
                    .mapToInt(i -> i)
                    .toArray();
            int m = legs.length;
            var rowStart = new int[n + 1];
            var degree = new int[n];
            var buyers = new int[m];
            var legAmounts = new double[m];
            var legMonths = new int[m];
            var legWeeks = new long[2 * m];
            for (int i = 0; i < m; i++) {
                int e = legs[i];
                int s = rank[from.get(e)];
                rowStart[s + 1]++;
                buyers[i] = rank[to.get(e)];
                legAmounts[i] = amounts.get(e);
                legMonths[i] = masks.get(e);
                legWeeks[2 * i] = weekMasks.get(2 * e);
                legWeeks[2 * i + 1] = weekMasks.get(2 * e + 1);
                degree[s]++;
                degree[buyers[i]]++;
            }
            Arrays.parallelPrefix(rowStart, Integer::sum);
            return new LegGraph(sortedNames, rowStart, buyers, legAmounts, legMonths, legWeeks, degree);
        }
    }
}
