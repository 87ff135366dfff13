package dev.anchorgraph.analytics.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.risk.RiskTier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Value;

/**
 * Monitors borrowers during a score run: for each batch, reads the previous run's snapshots, raises the alerts
 * {@link AlertRules} finds, and records this run's snapshots, all in one transaction, so an interrupted run leaves
 * either both or neither. Alerts are created only under keys not yet stored ({@code MERGE} semantics by key), and
 * get the next numbers of one sequence, which the API's event stream resumes from.
 */
public final class Monitor {

    private static final String READ = """
            UNWIND $usccs AS u
            MATCH (c:Company {uscc: u}) WHERE c.monitorRun IS NOT NULL
            RETURN c.uscc AS uscc, c.monitorRun AS run, c.monitorAsOf AS asOf, c.monitorTier AS tier,
                   c.monitorScore AS score, c.monitorStableBuyers AS stableBuyers, c.monitorCases AS cases,
                   c.monitorFraud AS fraud
            """;

    private static final String WRITE = """
            CALL () {
              UNWIND $snapshots AS row
              MATCH (c:Company {uscc: row.uscc})
              SET c += row.props
            }
            MERGE (sequence:AlertSequence {name: 'alerts'})
            ON CREATE SET sequence.next = 0
            // taking the write lock before reading next: concurrent runs then number their alerts one after the other
            SET sequence.locked = true
            REMOVE sequence.locked
            WITH sequence
            UNWIND $alerts AS row
            OPTIONAL MATCH (known:Alert {key: row.key})
            WITH sequence, row WHERE known IS NULL
            WITH sequence, collect(row) AS fresh
            WITH sequence, fresh, sequence.next AS base
            SET sequence.next = base + size(fresh)
            WITH base, fresh
            UNWIND range(0, size(fresh) - 1) AS i
            WITH base + i + 1 AS seq, fresh[i] AS row
            MATCH (c:Company {uscc: row.uscc})
            CREATE (c)-[:ALERTED]->(a:Alert {seq: seq, raisedAt: datetime(), asOf: $asOf, run: $run, acknowledged: false})
            SET a += row.props
            RETURN count(a) AS created
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Neo4jConnection neo4j;
    private final String run;
    private final LocalDate asOf;
    private final AlertRules rules;

    public Monitor(Neo4jConnection neo4j, String run, LocalDate asOf, MonitorRules rules) {
        this.neo4j = neo4j;
        this.run = run;
        this.asOf = asOf;
        this.rules = new AlertRules(rules, asOf);
    }

    /** @return the alerts created (those already stored under the same key are not counted) */
    public long process(List<BorrowerState> borrowers) {
        if (borrowers.isEmpty()) {
            return 0;
        }
        try (var s = neo4j.driver().session(neo4j.session())) {
            return s.executeWrite(tx -> {
                var previous = new HashMap<String, Snapshot>();
                tx.run(
                                READ,
                                Map.of(
                                        "usccs",
                                        borrowers.stream()
                                                .map(BorrowerState::uscc)
                                                .toList()))
                        .forEachRemaining(r -> previous.put(r.get("uscc").asString(), snapshot(r.get("run"), r)));
                var alerts = new ArrayList<Map<String, Object>>();
                var snapshots = new ArrayList<Map<String, Object>>();
                for (var b : borrowers) {
                    rules.compare(previous.get(b.uscc()), b).forEach(a -> alerts.add(row(a)));
                    snapshots.add(Map.of("uscc", b.uscc(), "props", snapshotProps(b)));
                }
                return tx.run(WRITE, Map.of("snapshots", snapshots, "alerts", alerts, "asOf", asOf, "run", run))
                        .single()
                        .get("created")
                        .asLong();
            });
        }
    }

    private static Snapshot snapshot(Value run, org.neo4j.driver.Record r) {
        return new Snapshot(
                run.asString(),
                r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate(),
                r.get("tier").isNull() ? null : RiskTier.parse(r.get("tier").asString()),
                r.get("score").asLong(0),
                r.get("stableBuyers").asList(Value::asString, List.of()),
                r.get("cases").asList(Value::asString, List.of()),
                r.get("fraud").asList(Value::asString, List.of()));
    }

    private Map<String, Object> snapshotProps(BorrowerState b) {
        var props = new HashMap<String, Object>();
        props.put("monitorRun", run);
        props.put("monitorAsOf", asOf);
        // insufficient data has no tier: the last tier the firm had stays the baseline, so becoming insufficient data
        // raises no downgrade, and a later tier is compared with the one before the gap
        if (b.tier() != null) {
            props.put("monitorTier", b.tier().code());
            props.put("monitorScore", b.score());
        }
        props.put("monitorStableBuyers", b.stableBuyers());
        props.put(
                "monitorCases",
                b.cases().stream()
                        .map(BorrowerState.CaseRef::caseNo)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList());
        props.put(
                "monitorFraud",
                b.fraud().stream()
                        .map(BorrowerState.FraudRef::pattern)
                        .distinct()
                        .sorted()
                        .toList());
        return props;
    }

    private static Map<String, Object> row(NewAlert a) {
        return Map.of(
                "key",
                a.key(),
                "uscc",
                a.uscc(),
                "props",
                Map.of(
                        "key",
                        a.key(),
                        "id",
                        id(a.key()),
                        "type",
                        a.type().code(),
                        "severity",
                        a.severity().code(),
                        "uscc",
                        a.uscc(),
                        "evidence",
                        json(a.evidence()),
                        "messageEn",
                        a.messageEn(),
                        "messageZh",
                        a.messageZh()));
    }

    /** A short, stable id for URLs: the first 80 bits of the key's SHA-256, in hex. */
    static String id(String key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
