package dev.anchorgraph.service.network;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One hop out from a set of nodes, capped per node and per expansion: each expansion keeps its {@code $cap}
 * strongest relationships (largest stake, largest trade, newest case…) and reports how many there were in all,
 * counted from the degree store, so a hub with thousands of partners costs one sort, never a huge answer.
 */
@Component
class NetworkQueries {

    /** A kept relationship {@code r} from the expanded node {@code key} to {@code n}, with the expansion's total. */
    record Expansion(String key, String expansion, Node n, Relationship r, long total) {}

    /** The nodes to expand, by kind (parties are leaves: a party node belongs to one case). */
    record Frontier(List<String> companies, List<String> persons, List<String> cases) {}

    private static final String ROOT = "MATCH (c:Company {uscc: $uscc}) RETURN c";

    private static final String COMPANIES = """
            UNWIND $keys AS key
            MATCH (c:Company {uscc: key})
            CALL (c) {
              MATCH (n)-[r:HOLDS_SHARES]->(c)
              WITH c, n, r ORDER BY coalesce(r.stake, -1.0) DESC, coalesce(n.uscc, n.id, n.key) LIMIT $cap
              RETURN 'shareholders' AS expansion, n, r, COUNT { ()-[:HOLDS_SHARES]->(c) } AS total
              UNION ALL
              MATCH (c)-[r:HOLDS_SHARES]->(n:Company)
              WITH c, n, r ORDER BY coalesce(r.stake, -1.0) DESC, n.uscc LIMIT $cap
              RETURN 'holdings' AS expansion, n, r, COUNT { (c)-[:HOLDS_SHARES]->() } AS total
              UNION ALL
              MATCH (n:Person)-[r:OFFICER_OF]->(c)
              WITH c, n, r ORDER BY r.role <> 'legal_representative', r.role, n.id LIMIT $cap
              RETURN 'officers' AS expansion, n, r, COUNT { ()-[:OFFICER_OF]->(c) } AS total
              UNION ALL
              MATCH (c)-[r:SUPPLIES]-(n:Company)
              WITH c, n, r ORDER BY coalesce(r.amount, 0.0) DESC, n.uscc LIMIT $partners
              RETURN 'partners' AS expansion, n, r, COUNT { (c)-[:SUPPLIES]-() } AS total
              UNION ALL
              MATCH (c)-[r:PARTY_TO]->(n:Case)
              WITH c, n, r ORDER BY coalesce(n.filedOn, date('0001-01-01')) DESC, n.caseNo LIMIT $cap
              RETURN 'cases' AS expansion, n, r, COUNT { (c)-[:PARTY_TO]->() } AS total
            }
            RETURN key, expansion, n, r, total
            """;

    private static final String PERSONS = """
            UNWIND $keys AS key
            MATCH (p:Person {id: key})
            CALL (p) {
              MATCH (p)-[r:OFFICER_OF|HOLDS_SHARES]->(n:Company)
              WITH p, n, r ORDER BY coalesce(r.stake, 0.0) DESC, n.uscc, type(r) LIMIT $cap
              RETURN 'positions' AS expansion, n, r, COUNT { (p)-[:OFFICER_OF|HOLDS_SHARES]->() } AS total
              UNION ALL
              MATCH (p)-[r:PARTY_TO]->(n:Case)
              WITH p, n, r ORDER BY coalesce(n.filedOn, date('0001-01-01')) DESC, n.caseNo LIMIT $cap
              RETURN 'cases' AS expansion, n, r, COUNT { (p)-[:PARTY_TO]->() } AS total
            }
            RETURN key, expansion, n, r, total
            """;

    private static final String CASES = """
            UNWIND $keys AS key
            MATCH (k:Case {caseNo: key})
            CALL (k) {
              MATCH (n)-[r:PARTY_TO]->(k)
              WITH k, n, r ORDER BY r.role, coalesce(n.uscc, n.id, n.key) LIMIT $cap
              RETURN 'parties' AS expansion, n, r, COUNT { ()-[:PARTY_TO]->(k) } AS total
            }
            RETURN key, expansion, n, r, total
            """;

    private final ReactiveNeo4jClient neo4j;

    NetworkQueries(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Mono<Node> root(String uscc) {
        return neo4j.query(ROOT)
                .bind(uscc)
                .to("uscc")
                .fetchAs(Node.class)
                .mappedBy((t, r) -> r.get("c").asNode())
                .one();
    }

    Flux<Expansion> expand(Frontier frontier, int cap, int partners) {
        return Flux.concat(
                run(COMPANIES, frontier.companies(), cap, partners),
                run(PERSONS, frontier.persons(), cap, partners),
                run(CASES, frontier.cases(), cap, partners));
    }

    private Flux<Expansion> run(String cypher, List<String> keys, int cap, int partners) {
        if (keys.isEmpty()) {
            return Flux.empty();
        }
        return neo4j.query(cypher)
                .bindAll(Map.of("keys", keys, "cap", cap, "partners", partners))
                .fetchAs(Expansion.class)
                .mappedBy((t, r) -> new Expansion(
                        r.get("key").asString(),
                        r.get("expansion").asString(),
                        r.get("n").asNode(),
                        r.get("r").asRelationship(),
                        r.get("total").asLong()))
                .all();
    }
}
