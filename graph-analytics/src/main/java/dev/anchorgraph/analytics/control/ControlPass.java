package dev.anchorgraph.analytics.control;

import dev.anchorgraph.analytics.control.OwnershipGraph.Kind;
import dev.anchorgraph.analytics.control.OwnershipGraph.Party;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.io.PrintWriter;
import java.util.ArrayList;
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

    private static final String RESET = """
            MATCH (c:Company)
            WHERE NOT EXISTS { ()-[:HOLDS_SHARES]->(c) }
              AND (c.controlStatus IS NULL OR c.controlStatus <> 'no_holders' OR c.groupId IS NOT NULL)
            CALL (c) {
              SET c.controlStatus = 'no_holders'
              REMOVE c.controlBasis, c.actualController, c.actualControllerKind, c.actualControllerName,
                     c.controllerStake, c.groupId, c.groupSize, c.groupExposure
            } IN TRANSACTIONS OF 10000 ROWS
            """;

    /**
     * A group's exposure: the sum of its members' {@code outstanding} (CNY, borrowers.csv), on every member; none when
     * no member has an outstanding amount. Written after the groups, group by group.
     */
    private static final String EXPOSURE = """
            MATCH (c:Company) WHERE c.groupId IS NOT NULL
            WITH c.groupId AS id, sum(c.outstanding) AS exposure, count(c.outstanding) AS borrowers
            CALL (id, exposure, borrowers) {
              MATCH (m:Company {groupId: id})
              SET m.groupExposure = CASE WHEN borrowers > 0 THEN exposure END
            } IN TRANSACTIONS OF 1000 ROWS
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (c:Company {uscc: row.uscc})
            SET c += row.props
            """;

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
            if (firm.kind() != Kind.COMPANY || graph.rows(true).degree(i) == 0) {
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
        write(rows);
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

    private void write(Map<String, Map<String, Object>> rows) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run(RESET).consume();
        }
        var batch = new ArrayList<Map<String, Object>>(batchSize);
        for (var e : rows.entrySet()) {
            batch.add(Map.of("uscc", e.getKey(), "props", e.getValue()));
            if (batch.size() == batchSize) {
                flush(batch);
            }
        }
        flush(batch);
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run(EXPOSURE).consume();
        }
    }

    private void flush(List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.executeWriteWithoutResult(
                    tx -> tx.run(WRITE, Map.of("rows", batch)).consume());
        }
        batch.clear();
    }
}
