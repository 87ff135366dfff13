package dev.anchorgraph.loader.invoice;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.ingest.BatchListener;
import dev.anchorgraph.loader.ingest.Progress;
import dev.anchorgraph.loader.ingest.Write;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Writes aggregated pairs as {@code SUPPLIES} relationships, a batch per transaction. Each transaction reads the
 * batch's existing relationships (from earlier loads), adds the new trade to them in Java, writes the sums back and
 * advances the file's progress: so a rerun after a crash skips exactly the committed pairs, and a daily file adds
 * to what is there. The seller's first-digit counts ride on its first pair and are added to
 * {@code Company.firstDigits} in the same transaction, so they too count exactly once.
 */
final class TradeWriter {

    /**
     * Both ends by index first, then the relationship between the two bound nodes (Expand(Into), which walks the end
     * with fewer relationships). Written as one pattern, the planner seeks one end and walks all its SUPPLIES, even
     * with index hints (it then hash-joins): for an anchor's thousands of suppliers in one batch that is quadratic
     * (1,111 suppliers of one buyer: 2.5M db hits against 44k; the 1M-firm load stalled). TradeWriterReadIT checks
     * the plan.
     */
    static final String READ = """
            UNWIND $keys AS k
            MATCH (s:Company {uscc: k.seller})
            MATCH (b:Company {uscc: k.buyer})
            CALL (s, b) {
              MATCH (s)-[r:SUPPLIES]->(b)
              RETURN r
            }
            RETURN k.i AS i, properties(r) AS props
            """;

    /**
     * The pair's sums replace the relationship's properties (they include the earlier trade read by {@link #READ});
     * the seller's first-digit counts, on its first pair only, are added to its own. A bulk load does not apply this:
     * it streams one new relationship per pair to the import file ({@link InvoiceLoad#addTo}), since its graph
     * starts empty (nothing to merge with) and holding every pair in memory is what streaming avoids.
     */
    static final Write WRITE = Write.of(
            match("s", "Company", "uscc", "seller"),
            match("b", "Company", "uscc", "buyer"),
            relate("t", "s", "SUPPLIES", "b"),
            replace("t", "props"),
            ifPresent("firstDigits", addCounts("s", "firstDigits", "firstDigits")));

    private static final String CYPHER = WRITE.cypher();

    private final Neo4jConnection neo4j;
    private final int batchSize;
    private final BatchListener listener;

    TradeWriter(Neo4jConnection neo4j, int batchSize, BatchListener listener) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    long write(
            List<TradeAggregation.Pair> pairs,
            String key,
            String file,
            long alreadyDone,
            int windowEnd,
            int windowMonths) {
        long written = 0;
        for (int from = (int) alreadyDone; from < pairs.size(); from += batchSize) {
            var batch = pairs.subList(from, Math.min(pairs.size(), from + batchSize));
            long done = from + batch.size();
            try (var session = neo4j.driver().session(neo4j.session())) {
                session.executeWriteWithoutResult(tx -> {
                    if (Progress.alreadyCommitted(tx, key, done)) {
                        return; // a retry of a batch whose commit went through but whose reply was lost
                    }
                    writeBatch(tx, batch, windowEnd, windowMonths, file);
                    Progress.advance(tx, key, file, done);
                });
            }
            written += batch.size();
            listener.committed(file, done);
        }
        return written;
    }

    private static void writeBatch(
            TransactionContext tx, List<TradeAggregation.Pair> batch, int windowEnd, int windowMonths, String file) {
        var keys = new ArrayList<Map<String, Object>>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            keys.add(Map.of(
                    "i",
                    i,
                    "seller",
                    batch.get(i).seller(),
                    "buyer",
                    batch.get(i).buyer()));
        }
        var existing = new HashMap<Integer, Trade>();
        tx.run(READ, Map.of("keys", keys))
                .forEachRemaining(r -> existing.put(
                        r.get("i").asInt(), TradeProperties.read(r.get("props").asMap())));
        var rows = new ArrayList<Map<String, Object>>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            var pair = batch.get(i);
            var trade = pair.trade();
            var before = existing.get(i);
            if (before != null) {
                // merge into a copy: a retried transaction must not add the old trade twice
                var merged = new Trade();
                merged.merge(before);
                merged.merge(trade);
                trade = merged;
            }
            var row = new HashMap<String, Object>();
            row.put("seller", pair.seller());
            row.put("buyer", pair.buyer());
            row.put("props", TradeProperties.of(trade, windowEnd, windowMonths));
            row.put("firstDigits", pair.firstDigits());
            rows.add(row);
        }
        var written =
                tx.run(CYPHER, Map.of("rows", rows)).single().get("written").asLong();
        if (written != rows.size()) {
            throw new IllegalStateException(file + ": a batch of " + rows.size() + " trade pairs wrote " + written);
        }
    }
}
