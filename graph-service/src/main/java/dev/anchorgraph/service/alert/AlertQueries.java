package dev.anchorgraph.service.alert;

import dev.anchorgraph.service.web.JsonText;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and acknowledges {@code (:Alert)} nodes; the unique {@code seq} index orders every listing. */
@Component
class AlertQueries {

    private static final String PAGE = """
            MATCH (a:Alert)
            WHERE ($before IS NULL OR a.seq < $before)
              AND ($since IS NULL OR a.raisedAt >= $since)
              AND ($types IS NULL OR a.type IN $types)
              AND ($uscc IS NULL OR a.uscc = $uscc)
              AND ($severities IS NULL OR a.severity IN $severities)
              AND ($acknowledged IS NULL OR a.acknowledged = $acknowledged)
              AND ($lender IS NULL OR EXISTS { MATCH (:Borrower {uscc: a.uscc, lender: $lender}) })
              AND ($watcher IS NULL
                   OR EXISTS { MATCH (:Watchlist {owner: $watcher})-[:WATCHES]->(:Company {uscc: a.uscc}) })
            WITH a ORDER BY a.seq DESC LIMIT $limit
            OPTIONAL MATCH (c:Company {uscc: a.uscc})
            RETURN a, c.name AS name ORDER BY a.seq DESC
            """;

    private static final String AFTER = """
            MATCH (a:Alert) WHERE a.seq > $after
            WITH a ORDER BY a.seq LIMIT $limit
            OPTIONAL MATCH (c:Company {uscc: a.uscc})
            RETURN a, c.name AS name ORDER BY a.seq
            """;

    private static final String ACK = """
            MATCH (a:Alert {id: $id})
            SET a.acknowledged = true, a.acknowledgedAt = coalesce(a.acknowledgedAt, datetime()),
                a.acknowledgedBy = coalesce(a.acknowledgedBy, $by),
                a.acknowledgedNote = coalesce(a.acknowledgedNote, $note)
            WITH a
            OPTIONAL MATCH (c:Company {uscc: a.uscc})
            RETURN a, c.name AS name
            """;

    private final ReactiveNeo4jClient neo4j;
    private final JsonText json;

    AlertQueries(ReactiveNeo4jClient neo4j, JsonText json) {
        this.neo4j = neo4j;
        this.json = json;
    }

    /** Newest first, at most {@code filter.limit() + 1} (the extra one says whether there is a next page). */
    Flux<StoredAlert> page(AlertFilter filter) {
        return fetch(PAGE, filter.parameters());
    }

    /** The alerts numbered after {@code seq}, oldest first. */
    Flux<StoredAlert> after(long seq, int limit) {
        return fetch(AFTER, Map.of("after", seq, "limit", limit));
    }

    /** The highest sequence number given so far, 0 when there is no alert. */
    Mono<Long> latest() {
        return neo4j.query("MATCH (a:Alert) RETURN coalesce(max(a.seq), 0) AS seq")
                .fetchAs(Long.class)
                .mappedBy((types, r) -> r.get("seq").asLong())
                .one()
                .defaultIfEmpty(0L);
    }

    /**
     * Marks it acknowledged; the first acknowledgement's time, person and note are kept. Empty when there is no such
     * alert.
     */
    Mono<StoredAlert> acknowledge(String id, String by, String note) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("by", by);
        parameters.put("note", note);
        return neo4j.query(ACK)
                .bindAll(parameters)
                .fetchAs(StoredAlert.class)
                .mappedBy((types, r) -> StoredAlert.of(r, json::object))
                .one();
    }

    private Flux<StoredAlert> fetch(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher)
                .bindAll(parameters)
                .fetchAs(StoredAlert.class)
                .mappedBy((types, r) -> StoredAlert.of(r, json::object))
                .all();
    }
}
