package dev.anchorgraph.analytics.fraud;

import dev.anchorgraph.contract.FraudPattern;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shell-cluster part of a fraud run: link groups from Neo4j, components, then the members' trade read for a few
 * components at a time (about {@code batchSize} firms), so memory holds the groups and one batch of members.
 * Writes one {@code (:ShellCluster)} per cluster and a {@code shell_cluster} flag on each member.
 */
final class ShellClusterStep {

    static final String PATTERN = FraudPattern.SHELL_CLUSTER.code();
    /** Members listed in a flag's evidence; the cluster node lists them all. */
    static final int MAX_LISTED = 50;

    private final ShellClusterReader reader;
    private final PrintWriter out;
    private final LocalDate asOf;
    private final int batchSize;

    ShellClusterStep(dev.anchorgraph.neo4j.Neo4jConnection neo4j, PrintWriter out, LocalDate asOf, int batchSize) {
        this.reader = new ShellClusterReader(neo4j, asOf);
        this.out = out;
        this.asOf = asOf;
        this.batchSize = batchSize;
    }

    /** @return clusters found */
    long run(FlagWriter writer, Map<String, Long> counts) {
        long t0 = System.nanoTime();
        var groups = reader.groups(ShellClusters.DEFAULT_MAX_AGE_YEARS, ShellClusters.DEFAULT_MAX_GROUP_FIRMS);
        var shells = new ShellClusters(groups, asOf);
        var components = shells.components();
        long found = 0;
        var pending = new ArrayList<List<String>>();
        int firms = 0;
        for (int i = 0; i < components.size(); i++) {
            pending.add(components.get(i));
            firms += components.get(i).size();
            if (firms >= batchSize || i == components.size() - 1) {
                found += assess(shells, pending, writer, counts);
                pending.clear();
                firms = 0;
            }
        }
        out.printf(
                Locale.ROOT,
                "Shell clusters: %,d link groups of young firms (%,d over %,d firms left out), %,d components, %,d clusters "
                        + "in %.1f s.%n",
                groups.size(),
                shells.oversized(),
                ShellClusters.DEFAULT_MAX_GROUP_FIRMS,
                components.size(),
                found,
                (System.nanoTime() - t0) / 1e9);
        return found;
    }

    private int assess(
            ShellClusters shells, List<List<String>> components, FlagWriter writer, Map<String, Long> counts) {
        var trade = reader.members(components.stream().flatMap(List::stream).toList(), batchSize);
        var nodes = new ArrayList<FlagWriter.ShellCluster>();
        var flags = new ArrayList<FlagWriter.Flag>();
        for (var component : components) {
            shells.assess(component, trade).forEach(c -> {
                var evidence = evidence(shells, c);
                nodes.add(new FlagWriter.ShellCluster(
                        c.key(),
                        c.members(),
                        c.links().stream().map(l -> l.kind() + ":" + l.via()).toList(),
                        round(c.internalShare()),
                        c.salesToCapital() == null ? null : round(c.salesToCapital()),
                        c.severity(),
                        evidence));
                var detail = String.format(
                        Locale.ROOT,
                        "one of %d young firms sharing %s; %.0f%% of their sales go to each other%s",
                        c.members().size(),
                        describe(c.links()),
                        100 * c.internalShare(),
                        c.salesToCapital() == null
                                ? ", no registered capital"
                                : String.format(
                                        Locale.ROOT,
                                        ", annualised sales %.2f × registered capital",
                                        c.salesToCapital()));
                c.members().forEach(m -> flags.add(new FlagWriter.Flag(m, PATTERN, c.severity(), detail, evidence)));
            });
        }
        writer.clusters(nodes);
        writer.flags(flags);
        counts.merge(PATTERN, (long) flags.size(), Long::sum);
        return nodes.size();
    }

    private Map<String, Object> evidence(ShellClusters shells, ShellClusters.Cluster c) {
        var e = new LinkedHashMap<String, Object>();
        e.put("cluster", c.key());
        e.put(
                "links",
                c.links().stream()
                        .map(l -> {
                            var link = new LinkedHashMap<String, Object>();
                            link.put("kind", l.kind());
                            link.put("via", l.via());
                            link.put("name", l.name());
                            link.put("members", l.firms());
                            return link;
                        })
                        .toList());
        e.put("memberCount", c.members().size());
        e.put(
                "members",
                c.facts().stream()
                        .limit(MAX_LISTED)
                        .map(m -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("uscc", m.uscc());
                            row.put(
                                    "foundedOn",
                                    m.foundedOn() == null ? null : m.foundedOn().toString());
                            row.put(
                                    "ageMonths",
                                    m.foundedOn() == null ? null : ChronoUnit.MONTHS.between(m.foundedOn(), asOf));
                            row.put("registeredCapital", m.capital());
                            row.put("sales12", round(m.sales()));
                            row.put("annualisedSales", round(shells.annualised(m)));
                            row.put("salesToMembers", round(c.internalSales().getOrDefault(m.uscc(), 0.0)));
                            return row;
                        })
                        .toList());
        e.put("internalShare", round(c.internalShare()));
        e.put("salesToCapital", c.salesToCapital() == null ? null : round(c.salesToCapital()));
        return e;
    }

    private static String describe(List<ShellClusters.LinkGroup> links) {
        var parts = new ArrayList<String>();
        for (var l : links.stream().limit(3).toList()) {
            var what = switch (l.kind()) {
                case "legal_representative" -> "legal representative ";
                case "shareholder" -> "shareholder ";
                default -> "address ";
            };
            parts.add(what + (l.name() != null ? l.name() : l.via()));
        }
        return String.join(", ", parts)
                + (links.size() > 3 ? String.format(Locale.ROOT, " and %d more link(s)", links.size() - 3) : "");
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
