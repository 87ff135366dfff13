package dev.anchorgraph.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shareholdings of the graph in memory: every holder ({@code Person}, {@code Company}, {@code Organisation}) and
 * every held company, with the holdings both ways as compressed rows (docs/adr/0014). A party is identified by its
 * kind and key (a person's id, a company's USCC, an organisation's key): a person's pseudonym can never be taken for a
 * company's code. Parties are numbered in the order of their {@link Party#id()}, and each party's holders and
 * holdings in the order of theirs, so every algorithm over this graph is deterministic. A stake the register does not
 * give is {@code NaN} here: unknown, never zero. Memory: about 40 bytes per holding plus the parties' keys and names.
 */
public final class OwnershipGraph {

    /** What a party is, as stored: the node's label. */
    public enum Kind {
        PERSON,
        COMPANY,
        ORGANISATION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** A holder or held firm: its kind, key and name (null when the graph has none). */
    public record Party(Kind kind, String key, String name) {
        /** {@code <kind>:<key>}: unique across kinds. */
        public String id() {
            return kind.code() + ":" + key;
        }
    }

    /** One {@code HOLDS_SHARES}: {@code stake} 0–1, null when unknown. The held party is a company. */
    public record Holding(Party holder, Party held, Double stake) {}

    private final Party[] parties;
    private final Map<String, Integer> index;
    private final Rows up;
    private final Rows down;

    private OwnershipGraph(Party[] parties, Map<String, Integer> index, Rows up, Rows down) {
        this.parties = parties;
        this.index = index;
        this.up = up;
        this.down = down;
    }

    /** The graph of these holdings; a party mentioned twice keeps the first name given. */
    public static OwnershipGraph of(Collection<Holding> holdings) {
        var byId = new TreeMap<String, Party>();
        for (var h : holdings) {
            byId.putIfAbsent(h.holder().id(), h.holder());
            byId.putIfAbsent(h.held().id(), h.held());
        }
        var parties = byId.values().toArray(Party[]::new);
        var index = new HashMap<String, Integer>(parties.length * 2);
        for (int i = 0; i < parties.length; i++) {
            index.put(parties[i].id(), i);
        }
        var edges = new ArrayList<int[]>(holdings.size());
        var stakes = new ArrayList<Double>(holdings.size());
        for (var h : holdings) {
            edges.add(new int[] {index.get(h.holder().id()), index.get(h.held().id())});
            stakes.add(h.stake() == null ? Double.NaN : h.stake());
        }
        return new OwnershipGraph(
                parties,
                index,
                Rows.of(parties.length, edges, stakes, 1, 0),
                Rows.of(parties.length, edges, stakes, 0, 1));
    }

    public int size() {
        return parties.length;
    }

    /** The number of holdings. */
    public int holdings() {
        return up.target().length;
    }

    public Party party(int i) {
        return parties[i];
    }

    /** The party's number, or -1 when the graph does not hold it. */
    /** How many holders party {@code v} has (0 for a party that holds but is not held). */
    public int holderCount(int v) {
        return up.degree(v);
    }

    public int indexOf(Kind kind, String key) {
        return index.getOrDefault(kind.code() + ":" + key, -1);
    }

    /** Holders of {@code i} (upwards) or firms {@code i} holds (downwards), in party order. */
    Rows rows(boolean upwards) {
        return upwards ? up : down;
    }

    /**
     * Compressed rows: the neighbours of {@code v} are {@code target[start[v]] … target[start[v + 1] - 1]}, with the
     * stake of each holding in {@code stake}.
     */
    record Rows(int[] start, int[] target, double[] stake) {

        static Rows of(int n, List<int[]> edges, List<Double> stakes, int from, int to) {
            var order = new Integer[edges.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> {
                int c = Integer.compare(edges.get(a)[from], edges.get(b)[from]);
                return c != 0 ? c : Integer.compare(edges.get(a)[to], edges.get(b)[to]);
            });
            var start = new int[n + 1];
            var target = new int[order.length];
            var stake = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                var e = edges.get(order[k]);
                start[e[from] + 1]++;
                target[k] = e[to];
                stake[k] = stakes.get(order[k]);
            }
            for (int v = 0; v < n; v++) {
                start[v + 1] += start[v];
            }
            return new Rows(start, target, stake);
        }

        int degree(int v) {
            return start[v + 1] - start[v];
        }
    }
}
