package dev.anchorgraph.analytics.control;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes what {@link ControlPass} computed: removes the controller and group of companies that have no holder any more
 * (they become {@code no_holders}), sets each row's properties ({@code UNWIND $rows}, {@code batchSize} firms per
 * transaction; a null removes a property), then each group's exposure.
 */
final class ControlWriter {

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

    private final Neo4jConnection neo4j;
    private final int batchSize;

    ControlWriter(Neo4jConnection neo4j, int batchSize) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
    }

    /** @param rows each company's properties by USCC */
    void write(Map<String, Map<String, Object>> rows) {
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
