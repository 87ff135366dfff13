package dev.anchorgraph.loader.ingest;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Exactly-once bookkeeping: one {@code (:LoadProgress {key})} node per input file content (file name + SHA-256),
 * with {@code done}, the number of units committed. It is updated <em>inside</em> the transaction that writes those
 * units, so after a crash the graph and the count agree, and a rerun skips exactly what was committed.
 */
public final class Progress {

    private final Neo4jConnection neo4j;

    public Progress(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    /** @param done units committed so far; {@code complete}: the whole file content is loaded */
    public record State(long done, boolean complete) {}

    public State state(String key) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            var records = s.run(
                            "MATCH (p:LoadProgress {key: $key}) RETURN p.done AS done, p.completedAt IS NOT NULL AS complete",
                            Map.of("key", key))
                    .list();
            return records.isEmpty()
                    ? new State(0, false)
                    : new State(
                            records.getFirst().get("done").asLong(),
                            records.getFirst().get("complete").asBoolean());
        }
    }

    /**
     * Whether {@code key} already has {@code done} units committed. Asked first in each batch's transaction: when a
     * connection is lost after the server committed a batch but before its reply arrived, the driver runs the
     * transaction again, and the batch must then not be written twice (trade sums would double).
     */
    public static boolean alreadyCommitted(TransactionContext tx, String key, long done) {
        var records = tx.run("MATCH (p:LoadProgress {key: $key}) RETURN p.done AS done", Map.of("key", key))
                .list();
        return !records.isEmpty() && records.getFirst().get("done").asLong() >= done;
    }

    /** Run inside the data transaction. */
    public static void advance(TransactionContext tx, String key, String file, long done) {
        tx.run("""
                MERGE (p:LoadProgress {key: $key})
                ON CREATE SET p.file = $file, p.startedAt = datetime()
                SET p.done = $done
                """, Map.of("key", key, "file", file, "done", done)).consume();
    }

    public void complete(String key, String file, long total) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.executeWriteWithoutResult(tx -> {
                advance(tx, key, file, total);
                tx.run("MATCH (p:LoadProgress {key: $key}) SET p.completedAt = datetime()", Map.of("key", key))
                        .consume();
            });
        }
    }
}
