package dev.anchorgraph.service.path;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The two firms, and the shortest paths between them within the hop and hub bounds. */
@Component
class PathQueries {

    static final int MAX_HOPS = 6;
    /** A firm or person with more relationships of the followed types than this is never passed through. */
    static final int HUB_LIMIT = 1000;

    record Found(List<Node> nodes, List<Relationship> rels) {}

    private static final String ENDPOINTS = """
            MATCH (c:Company) WHERE c.uscc IN [$from, $to]
            RETURN c.uscc AS uscc, c.name AS name
            """;

    // The predicates sit inside the pattern, so they filter while searching, before SHORTEST picks: a hub is
    // never expanded and a path never comes back to a node it has passed. HOPS is the search depth itself.
    private static final String SHORTEST = """
            MATCH (a:Company {uscc: $from}), (b:Company {uscc: $to})
            MATCH p = SHORTEST 5 ((a) (()-[:SUPPLIES|HOLDS_SHARES|OFFICER_OF]-(x)
                    WHERE x.uscc = $to OR COUNT { (x)-[:SUPPLIES|HOLDS_SHARES|OFFICER_OF]-() } <= $hubLimit){1,HOPS} (b)
                  WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..]))
            RETURN nodes(p) AS nodes, relationships(p) AS rels
            ORDER BY size(rels)
            """;

    /**
     * Cypher takes no parameter in a quantifier, and a bound applied after the search would still search 6 hops
     * deep. So there is one query text per bound, written out once here from the closed range 1..6; nothing from
     * a request is ever put into query text.
     */
    private static final Map<Integer, String> SHORTEST_BY_HOPS = IntStream.rangeClosed(1, MAX_HOPS)
            .boxed()
            .collect(Collectors.toUnmodifiableMap(h -> h, h -> SHORTEST.replace("{1,HOPS}", "{1," + h + "}")));

    private final ReactiveNeo4jClient neo4j;

    PathQueries(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Flux<Paths.Firm> endpoints(String from, String to) {
        return neo4j.query(ENDPOINTS)
                .bindAll(Map.of("from", from, "to", to))
                .fetchAs(Paths.Firm.class)
                .mappedBy((t, r) ->
                        new Paths.Firm(r.get("uscc").asString(), r.get("name").asString(null)))
                .all();
    }

    Flux<Found> shortest(String from, String to, int maxHops) {
        return neo4j.query(SHORTEST_BY_HOPS.get(maxHops))
                .bindAll(Map.of("from", from, "to", to, "hubLimit", HUB_LIMIT))
                .fetchAs(Found.class)
                .mappedBy((t, r) -> new Found(
                        r.get("nodes").asList(v -> v.asNode()), r.get("rels").asList(v -> v.asRelationship())))
                .all();
    }
}
