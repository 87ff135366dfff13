package dev.anchorgraph.analytics.fraud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes flags and rings under deterministic keys ({@code uscc/pattern}, {@code ring/member>member>…}), so a re-run
 * updates them in place; {@link #sweep} then removes what this run did not find. Marking and sweeping rather than
 * deleting first keeps the previous results readable while a run is under way, and keeps them altogether for a
 * pattern that failed.
 */
final class FlagWriter {

    private static final String FLAGS = """
            UNWIND $rows AS row
            MATCH (c:Company {uscc: row.uscc})
            MERGE (f:FraudFlag {key: row.key})
            SET f += row.props, f.asOf = $asOf, f.run = $run
            MERGE (c)-[:FLAGGED]->(f)
            """;

    private static final String RINGS = """
            UNWIND $rows AS row
            MERGE (r:FraudRing {key: row.key})
            SET r.members = row.members, r.amounts = row.amounts, r.months = row.months, r.asOf = $asOf, r.run = $run
            WITH r, row
            UNWIND range(0, size(row.members) - 1) AS i
            MATCH (c:Company {uscc: row.members[i]})
            MERGE (c)-[m:IN_RING]->(r)
            SET m.position = i
            """;

    private static final String CLUSTERS = """
            UNWIND $rows AS row
            MERGE (k:ShellCluster {key: row.key})
            SET k += row.props, k.asOf = $asOf, k.run = $run
            WITH k, row
            CALL (k, row) {
              MATCH (c:Company)-[old:IN_CLUSTER]->(k) WHERE NOT c.uscc IN row.props.members
              DELETE old
            }
            UNWIND row.props.members AS member
            MATCH (c:Company {uscc: member})
            MERGE (c)-[:IN_CLUSTER]->(k)
            """;

    private static final int CHUNK = 1_000;
    /** Keys sorted: evidence built with {@code Map.of} iterates in a per-JVM order, and two runs must store the same. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** @param evidence written as a JSON string: figures a reviewer checks the flag against */
    record Flag(String uscc, String pattern, Severity severity, String detail, Map<String, Object> evidence) {}

    private final Neo4jConnection neo4j;
    private final LocalDate asOf;
    private final String run;
    private final Deadline deadline;

    FlagWriter(Neo4jConnection neo4j, LocalDate asOf, String run) {
        this(neo4j, asOf, run, null);
    }

    private FlagWriter(Neo4jConnection neo4j, LocalDate asOf, String run, Deadline deadline) {
        this.neo4j = neo4j;
        this.asOf = asOf;
        this.run = run;
        this.deadline = deadline;
    }

    /**
     * This writer for one pattern unit: it refuses to write once the unit's deadline has passed, so a unit that
     * overran (and may have been abandoned, still running) writes nothing more, and every write is a check
     * between batches.
     */
    FlagWriter within(Deadline deadline) {
        return new FlagWriter(neo4j, asOf, run, deadline);
    }

    void flags(List<Flag> flags) {
        var rows = flags.stream()
                .map(f -> Map.<String, Object>of(
                        "uscc",
                        f.uscc(),
                        "key",
                        f.uscc() + "/" + f.pattern(),
                        "props",
                        Map.of(
                                "pattern",
                                f.pattern(),
                                "severity",
                                f.severity().code(),
                                "detail",
                                f.detail(),
                                "evidence",
                                json(f.evidence()))))
                .toList();
        write(FLAGS, rows);
    }

    /**
     * @param members the ring in order, smallest USCC first: member {@code i} sells to member {@code i + 1}
     * @param months  the months any leg traded in, {@code yyyy-MM} ascending
     */
    record Ring(String key, List<String> members, List<Double> amounts, List<String> months) {}

    void rings(List<Ring> rings) {
        write(
                RINGS,
                rings.stream()
                        .map(r -> Map.<String, Object>of(
                                "key", r.key(), "members", r.members(), "amounts", r.amounts(), "months", r.months()))
                        .toList());
    }

    /** @param evidence written as a JSON string, as on a flag */
    record ShellCluster(
            String key,
            List<String> members,
            List<String> links,
            double internalShare,
            Double salesToCapital,
            Severity severity,
            Map<String, Object> evidence) {}

    void clusters(List<ShellCluster> clusters) {
        write(
                CLUSTERS,
                clusters.stream()
                        .map(c -> {
                            var props = new HashMap<String, Object>();
                            props.put("members", c.members());
                            props.put("links", c.links());
                            props.put("internalShare", c.internalShare());
                            props.put("salesToCapital", c.salesToCapital());
                            props.put("severity", c.severity().code());
                            props.put("evidence", json(c.evidence()));
                            return Map.<String, Object>of("key", c.key(), "props", props);
                        })
                        .toList());
    }

    /**
     * Removes the flags, rings and clusters of earlier runs, in bounded transactions, except those of patterns that
     * failed in this run: not finding them again is then no evidence that they are gone.
     *
     * @param keptPatterns flag patterns whose earlier flags stay
     * @param keptLabels   {@code FraudRing} and/or {@code ShellCluster}, when earlier ones stay
     */
    void sweep(List<String> keptPatterns, List<String> keptLabels) {
        for (var label : List.of("FraudFlag", "FraudRing", "ShellCluster")) {
            if (keptLabels.contains(label)) {
                continue;
            }
            try (var s = neo4j.driver().session(neo4j.session())) {
                s.run(String.format(Locale.ROOT, """
                        MATCH (n:%s) WHERE n.run <> $run AND NOT coalesce(n.pattern, '') IN $kept
                        CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
                        """, label), Map.of("run", run, "kept", keptPatterns))
                        .consume();
            }
        }
    }

    private void write(String cypher, List<Map<String, Object>> rows) {
        if (deadline != null) {
            deadline.check();
        }
        for (int i = 0; i < rows.size(); i += CHUNK) {
            var chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
            if (deadline != null && i > 0) {
                deadline.check();
            }
            try (var s = neo4j.driver().session(neo4j.session())) {
                s.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", chunk, "asOf", asOf, "run", run))
                        .consume());
            }
        }
    }

    private static String json(Map<String, Object> evidence) {
        try {
            return JSON.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
