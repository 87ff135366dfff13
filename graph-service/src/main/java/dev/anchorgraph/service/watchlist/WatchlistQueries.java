package dev.anchorgraph.service.watchlist;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and changes {@code (:Watchlist {owner})-[:WATCHES {addedAt}]->(:Company)}. */
@Component
class WatchlistQueries {

    private static final String LIST = """
            MATCH (:Watchlist {owner: $owner})-[w:WATCHES]->(c:Company)
            RETURN c.uscc AS uscc, c.name AS name, c.riskTier AS tier, c.riskScore AS score,
                   coalesce(c.riskStatus, CASE WHEN c.riskTier IS NULL THEN null ELSE 'scored' END) AS status,
                   c:Borrower AS borrower, w.addedAt AS addedAt
            ORDER BY addedAt DESC, uscc
            """;

    /**
     * Adds the firm unless the list is full; an entry already there keeps its date. No row when there is no such
     * firm; {@code full} when the list has {@code $max} firms and this one is not among them.
     */
    private static final String ADD = """
            MATCH (c:Company {uscc: $uscc})
            MERGE (list:Watchlist {owner: $owner})
            WITH c, list, EXISTS { (list)-[:WATCHES]->(c) } OR COUNT { (list)-[:WATCHES]->() } < $max AS fits
            FOREACH (_ IN CASE WHEN fits THEN [1] ELSE [] END |
              MERGE (list)-[w:WATCHES]->(c) ON CREATE SET w.addedAt = datetime())
            WITH c, list, fits
            OPTIONAL MATCH (list)-[w:WATCHES]->(c)
            RETURN c.uscc AS uscc, c.name AS name, c.riskTier AS tier, c.riskScore AS score,
                   coalesce(c.riskStatus, CASE WHEN c.riskTier IS NULL THEN null ELSE 'scored' END) AS status,
                   c:Borrower AS borrower, w.addedAt AS addedAt, NOT fits AS full
            """;

    private static final String REMOVE = """
            MATCH (:Watchlist {owner: $owner})-[w:WATCHES]->(:Company {uscc: $uscc})
            DELETE w
            RETURN count(*) AS removed
            """;

    private final ReactiveNeo4jClient neo4j;

    WatchlistQueries(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Flux<WatchedFirm> list(String owner) {
        return neo4j.query(LIST)
                .bind(owner)
                .to("owner")
                .fetchAs(WatchedFirm.class)
                .mappedBy((types, r) -> firm(r))
                .all();
    }

    /** Empty when there is no such firm. */
    Mono<Added> add(String owner, String uscc, int max) {
        return neo4j.query(ADD)
                .bindAll(Map.of("owner", owner, "uscc", uscc, "max", max))
                .fetchAs(Added.class)
                .mappedBy((types, r) -> r.get("full").asBoolean() ? new Added(null, true) : new Added(firm(r), false))
                .first();
    }

    /** Whether the firm was on the list. */
    Mono<Boolean> remove(String owner, String uscc) {
        return neo4j.query(REMOVE)
                .bindAll(Map.of("owner", owner, "uscc", uscc))
                .fetchAs(Boolean.class)
                .mappedBy((types, r) -> r.get("removed").asLong() > 0)
                .one();
    }

    /** @param firm null when {@code full} */
    record Added(WatchedFirm firm, boolean full) {}

    private static WatchedFirm firm(Record r) {
        return new WatchedFirm(
                r.get("uscc").asString(),
                r.get("name").asString(null),
                r.get("tier").asString(null),
                r.get("score").isNull() ? null : r.get("score").asInt(),
                r.get("status").asString(null),
                r.get("borrower").asBoolean(),
                r.get("addedAt").isNull() ? null : instant(r.get("addedAt").asZonedDateTime()));
    }

    private static Instant instant(ZonedDateTime t) {
        return t.toInstant();
    }
}
