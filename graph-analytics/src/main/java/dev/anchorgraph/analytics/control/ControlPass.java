package dev.anchorgraph.analytics.control;

import dev.anchorgraph.control.ActualController;
import dev.anchorgraph.control.Groups;
import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score step's ownership pass (docs/ownership.md): reads every holding once, computes each held firm's actual
 * controller and the groups, and stores them on the companies (docs/scoring-contract.md), {@code batchSize} firms
 * per transaction. A company with no recorded holder is {@code no_holders}, its old controller and group removed;
 * a group's parent company keeps {@code no_holders} and gets its group. Memory: the ownership graph plus one
 * controller per held firm; the penetration behind each is dropped as soon as its controller is known.
 */
public final class ControlPass {

    /** What the pass found: firms with holders by status, and the groups. */
    public record Summary(Map<ActualController.Status, Long> statuses, long groups, long grouped, double seconds) {}

    private final Neo4jConnection neo4j;
    private final PrintWriter out;
    private final int batchSize;

    public ControlPass(Neo4jConnection neo4j, PrintWriter out, int batchSize) {
        this.neo4j = neo4j;
        this.out = out;
        this.batchSize = batchSize;
    }

    public Summary run() {
        long t0 = System.nanoTime();
        var graph = new HoldingReader(neo4j).read();
        long t1 = System.nanoTime();
        var controllers = new ActualController(graph);
        var statuses = new EnumMap<ActualController.Status, Long>(ActualController.Status.class);
        var rows = new LinkedHashMap<String, Map<String, Object>>();
        var controllerOf = new HashMap<Party, Party>();
        for (int i = 0; i < graph.size(); i++) {
            var firm = graph.party(i);
            if (firm.kind() != Kind.COMPANY || graph.holderCount(i) == 0) {
                continue;
            }
            var c = controllers.of(firm.key());
            statuses.merge(c.status(), 1L, Long::sum);
            if (c.status() == ActualController.Status.CONTROLLED) {
                controllerOf.put(firm, c.controller());
            }
            rows.put(firm.key(), properties(c));
        }
        var groups = new Groups(controllerOf);
        long grouped = 0;
        for (var g : groups.groups()) {
            for (var m : g.members()) {
                var props = rows.computeIfAbsent(m.key(), k -> noHolders());
                if (groups.of(m.key()).orElseThrow() == g) {
                    props.put("groupId", g.id());
                    props.put("groupSize", (long) g.size());
                    grouped++;
                }
            }
        }
        long t2 = System.nanoTime();
        new ControlWriter(neo4j, batchSize).write(rows);
        long t3 = System.nanoTime();
        var seconds = (t3 - t0) / 1e9;
        out.printf(
                Locale.ROOT,
                "Ownership and control: %,d firm(s) with holders (%s); %,d group(s) of %,d firm(s); %.1f s (read %,d"
                        + " holdings %.1f s, controllers and groups %.1f s, write %.1f s).%n",
                statuses.values().stream().mapToLong(Long::longValue).sum(),
                String.join(
                        ", ",
                        statuses.entrySet().stream()
                                .map(e -> String.format(
                                        Locale.ROOT,
                                        "%,d %s",
                                        e.getValue(),
                                        e.getKey().code()))
                                .toList()),
                groups.groups().size(),
                grouped,
                seconds,
                graph.holdings(),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9);
        return new Summary(statuses, groups.groups().size(), grouped, seconds);
    }

    private static Map<String, Object> properties(ActualController.Control c) {
        var p = noHolders();
        var controller = c.controller();
        p.put("controlStatus", c.status().code());
        p.put("controlBasis", c.basis() == null ? null : c.basis().code());
        p.put("actualController", controller == null ? null : controller.key());
        p.put(
                "actualControllerKind",
                controller == null ? null : controller.kind().code());
        p.put("actualControllerName", controller == null ? null : controller.name());
        p.put("controllerStake", c.stake());
        return p;
    }

    /** Every property the pass owns, removed (null), and the status of a firm with no holder. */
    private static Map<String, Object> noHolders() {
        var p = new HashMap<String, Object>();
        p.put("controlStatus", ActualController.Status.NO_HOLDERS.code());
        for (var key : List.of(
                "controlBasis",
                "actualController",
                "actualControllerKind",
                "actualControllerName",
                "controllerStake",
                "groupId",
                "groupSize",
                "groupExposure")) {
            p.put(key, null);
        }
        return p;
    }
}
