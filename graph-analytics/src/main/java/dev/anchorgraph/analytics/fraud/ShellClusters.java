package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.contract.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Shell clusters (空壳公司群): young firms behind one legal representative, shareholder or address that trade among
 * themselves at volumes out of proportion to their registered capital, as invoice mills set up a batch of firms to
 * issue invoices to one another and then to their customers.
 *
 * <p>Input: {@link LinkGroup}s, each the young firms (founded at most {@code maxAgeYears}, default 2, before the
 * as-of date) sharing one legal representative, one shareholder (person or firm) or one registered address. Groups
 * of more than {@code maxGroupFirms} (default 200) young firms are left out: a registered agent's address or a
 * state holding company links thousands of unrelated firms, and joining them would make one giant cluster.
 *
 * <p>Method: the groups are joined into connected components (union-find, O(Σ group sizes · α)). Each component of at
 * least {@code minMembers} (default 3) firms is then judged on its members' sales over the last 12 months: its
 * <em>trading cores</em> are the sets of members joined by trade with one another (union-find over the sales between
 * members), so two clusters linked only through a bystander's shareholder stay two. A core is a cluster when
 * <ul>
 *   <li>it has at least {@code minMembers} firms;</li>
 *   <li>sales to other members are at least {@code minInternalShare} (default 50 %) of the core's sales;</li>
 *   <li>the core's annualised sales (a firm younger than a year: its sales × 12 ÷ its months) are at least
 *       {@code minSalesToCapital} (default 0.25) times its registered capital: young firms in ordinary business
 *       invoice little in their first years (on generated data: median 0, 90th percentile 4 % of capital a year).
 *       A core with no registered capital at all passes.</li>
 * </ul>
 * Severity {@code high} from {@code highInternalShare} (default 80 %): firms that trade almost only with each other.
 */
final class ShellClusters {

    static final int DEFAULT_MAX_AGE_YEARS = 2;
    static final int DEFAULT_MAX_GROUP_FIRMS = 200;
    static final int DEFAULT_MIN_MEMBERS = 3;
    static final double DEFAULT_MIN_INTERNAL_SHARE = 0.5;
    static final double DEFAULT_HIGH_INTERNAL_SHARE = 0.8;
    static final double DEFAULT_MIN_SALES_TO_CAPITAL = 0.25;

    /**
     * @param kind  {@code legal_representative}, {@code shareholder} or {@code address}
     * @param size  young firms sharing the link
     * @param firms those firms, sorted; may be left empty when {@code size} is over the cap
     */
    record LinkGroup(String kind, String via, String name, int size, List<String> firms) {}

    /**
     * @param capital registered capital in yuan, or {@code null}
     * @param sales   sales in the last 12 months
     * @param salesTo per buyer, sales in the last 12 months
     */
    record Member(String uscc, LocalDate foundedOn, Double capital, double sales, Map<String, Double> salesTo) {}

    /**
     * @param members        the trading core, sorted; {@code key} is {@code shell/} and the first of them
     * @param links          the groups joining the core, each restricted to core members, at least two
     * @param internalShare  sales to other members ÷ the core's sales
     * @param salesToCapital annualised sales ÷ registered capital ({@code null}: no capital registered)
     */
    record Cluster(
            String key,
            List<String> members,
            List<LinkGroup> links,
            double internalShare,
            Double salesToCapital,
            Severity severity,
            List<Member> facts,
            Map<String, Double> internalSales) {}

    private final List<LinkGroup> groups;
    private final LocalDate asOf;
    private final int minMembers;
    private final double minInternalShare;
    private final double highInternalShare;
    private final double minSalesToCapital;
    private int oversized;

    ShellClusters(List<LinkGroup> groups, LocalDate asOf) {
        this(
                groups,
                asOf,
                DEFAULT_MAX_GROUP_FIRMS,
                DEFAULT_MIN_MEMBERS,
                DEFAULT_MIN_INTERNAL_SHARE,
                DEFAULT_HIGH_INTERNAL_SHARE,
                DEFAULT_MIN_SALES_TO_CAPITAL);
    }

    ShellClusters(
            List<LinkGroup> groups,
            LocalDate asOf,
            int maxGroupFirms,
            int minMembers,
            double minInternalShare,
            double highInternalShare,
            double minSalesToCapital) {
        this.groups = new ArrayList<>();
        for (var g : groups) {
            if (g.size() > maxGroupFirms) {
                oversized++;
            } else if (g.firms().size() >= 2) {
                this.groups.add(g);
            }
        }
        this.asOf = asOf;
        this.minMembers = minMembers;
        this.minInternalShare = minInternalShare;
        this.highInternalShare = highInternalShare;
        this.minSalesToCapital = minSalesToCapital;
    }

    /** Groups left out for linking more than {@code maxGroupFirms} young firms. */
    int oversized() {
        return oversized;
    }

    /** Connected components of at least {@code minMembers} firms, each sorted, ordered by their first firm. */
    List<List<String>> components() {
        var ids = new HashMap<String, Integer>();
        var names = new ArrayList<String>();
        for (var g : groups) {
            for (var f : g.firms()) {
                ids.computeIfAbsent(f, k -> {
                    names.add(k);
                    return names.size() - 1;
                });
            }
        }
        var parent = new int[names.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (var g : groups) {
            int first = root(parent, ids.get(g.firms().getFirst()));
            for (var f : g.firms()) {
                int r = root(parent, ids.get(f));
                if (r != first) {
                    parent[r] = first;
                }
            }
        }
        var byRoot = new HashMap<Integer, TreeSet<String>>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(names.get(i));
        }
        return byRoot.values().stream()
                .filter(c -> c.size() >= minMembers)
                .map(c -> (List<String>) List.copyOf(c))
                .sorted(Comparator.comparing(List::getFirst))
                .toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Judges one component by its members' trade: its trading groups (members joined by trade with each other) are
     * judged apart, so that two clusters that share only a bystander's link are two. Members missing from
     * {@code trade} count as not trading.
     */
    List<Cluster> assess(List<String> component, Map<String, Member> trade) {
        var index = new HashMap<String, Integer>();
        for (var uscc : component) {
            index.put(uscc, index.size());
        }
        var parent = new int[component.size()];
        var trading = new boolean[component.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        var internalSales = new TreeMap<String, Double>();
        for (var uscc : component) {
            var m = trade.get(uscc);
            if (m == null) {
                continue;
            }
            m.salesTo().forEach((buyer, amount) -> {
                var b = index.get(buyer);
                if (amount > 0 && b != null && !buyer.equals(uscc)) {
                    int s = index.get(uscc);
                    trading[s] = true;
                    trading[b] = true;
                    parent[root(parent, s)] = root(parent, b);
                    internalSales.merge(uscc, amount, Double::sum);
                }
            });
        }
        var groups = new TreeMap<Integer, TreeSet<String>>();
        for (var uscc : component) {
            int i = index.get(uscc);
            if (trading[i]) {
                groups.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(uscc);
            }
        }
        return groups.values().stream()
                .filter(g -> g.size() >= minMembers)
                .map(g -> judge(g, trade, internalSales))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Cluster::key))
                .toList();
    }

    private Optional<Cluster> judge(
            TreeSet<String> core, Map<String, Member> trade, Map<String, Double> internalSales) {
        double sales = 0;
        double internal = 0;
        double annualised = 0;
        double capital = 0;
        var facts = new ArrayList<Member>();
        for (var uscc : core) {
            var m = trade.get(uscc);
            facts.add(m);
            sales += m.sales();
            internal += internalSales.getOrDefault(uscc, 0.0);
            annualised += annualised(m);
            capital += m.capital() == null ? 0 : m.capital();
        }
        double share = sales > 0 ? internal / sales : 0;
        Double ratio = capital > 0 ? annualised / capital : null;
        if (share < minInternalShare || (ratio != null && ratio < minSalesToCapital)) {
            return Optional.empty();
        }
        var links = new ArrayList<LinkGroup>();
        for (var g : groups) {
            var inCore = g.firms().stream().filter(core::contains).toList();
            if (inCore.size() >= 2) {
                links.add(new LinkGroup(g.kind(), g.via(), g.name(), inCore.size(), inCore));
            }
        }
        var members = List.copyOf(core);
        var own = new TreeMap<String, Double>();
        members.forEach(m -> own.put(m, internalSales.getOrDefault(m, 0.0)));
        return Optional.of(new Cluster(
                "shell/" + members.getFirst(),
                members,
                links,
                share,
                ratio,
                share >= highInternalShare ? Severity.HIGH : Severity.MEDIUM,
                facts,
                own));
    }

    /** Sales of the last 12 months, scaled up to a year for a firm younger than that. */
    double annualised(Member m) {
        if (m.foundedOn() == null) {
            return m.sales();
        }
        double months = ChronoUnit.DAYS.between(m.foundedOn(), asOf) / 30.4375;
        return months >= 12 ? m.sales() : m.sales() * 12 / Math.max(1, months);
    }
}
