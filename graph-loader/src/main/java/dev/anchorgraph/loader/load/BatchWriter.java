package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.ingest.BatchListener;
import dev.anchorgraph.loader.ingest.Progress;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a stream of rows in transactions of {@code batchSize}, each one also advancing the file's
 * {@link Progress}; rows already committed by an earlier, interrupted run are skipped.
 */
final class BatchWriter {

    private final Neo4jConnection neo4j;
    private final int batchSize;
    private final BatchListener listener;

    BatchWriter(Neo4jConnection neo4j, int batchSize, BatchListener listener) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    /** @return rows written by this run (not counting those skipped as already committed) */
    long write(String key, String file, long alreadyDone, Iterator<Map<String, Object>> rows, String cypher) {
        long position = 0;
        while (position < alreadyDone && rows.hasNext()) {
            rows.next();
            position++;
        }
        long written = 0;
        var batch = new ArrayList<Map<String, Object>>(batchSize);
        while (rows.hasNext()) {
            batch.add(rows.next());
            if (batch.size() == batchSize || !rows.hasNext()) {
                position += commit(key, file, position, batch, cypher);
                written += batch.size();
                batch.clear();
                listener.committed(file, position);
            }
        }
        return written;
    }

    private int commit(String key, String file, long position, List<Map<String, Object>> batch, String cypher) {
        try (var session = neo4j.driver().session(neo4j.session())) {
            return session.executeWrite(tx -> {
                if (Progress.alreadyCommitted(tx, key, position + batch.size())) {
                    return batch.size(); // a retry of a batch whose commit went through but whose reply was lost
                }
                var written = tx.run(cypher, Map.of("rows", batch))
                        .single()
                        .get("written")
                        .asLong();
                if (written != batch.size()) {
                    // A row that matched nothing would vanish silently: refuse the whole batch instead.
                    throw new IllegalStateException(file + ": a batch of " + batch.size() + " rows wrote " + written);
                }
                Progress.advance(tx, key, file, position + batch.size());
                return batch.size();
            });
        }
    }
}
