package dev.anchorgraph.service.control;

import dev.anchorgraph.control.BeneficialOwners;
import dev.anchorgraph.control.OwnershipGraph;
import dev.anchorgraph.control.OwnershipGraph.Holding;
import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads what a firm's penetration needs: the shareholdings into the firm and into every company above it (up to the
 * depth bound), and the firm's officers (for the senior-manager rule of beneficial ownership).
 */
@Component
class ControlQueries {

    /** Holders are keyed as the score step's pass keys them (docs/adr/0011, 0013): kind and key. */
    private static final String HOLDINGS = """
            MATCH (c:Company {uscc: $uscc})
            CALL (c) {
              OPTIONAL MATCH (c)<-[:HOLDS_SHARES*1..10]-(h:Company)
              RETURN collect(DISTINCT h) + [c] AS held
            }
            UNWIND held AS n
            MATCH (h)-[s:HOLDS_SHARES]->(n)
            WHERE h:Person OR h:Company OR h:Organisation
            WITH h, s, n, CASE WHEN h:Company THEN 'company' WHEN h:Person THEN 'person' ELSE 'organisation' END AS kind
            WITH h, s, n, kind, CASE kind WHEN 'company' THEN h.uscc WHEN 'person' THEN h.id ELSE h.key END AS key
            WHERE key IS NOT NULL
            RETURN kind, key, h.name AS name, n.uscc AS uscc, n.name AS firm, s.stake AS stake
            ORDER BY uscc, kind, key
            LIMIT $max
            """;

    private static final String FIRM = """
            MATCH (c:Company {uscc: $uscc})
            RETURN c.name AS name, c.groupId AS groupId, c.groupSize AS groupSize,
                   COLLECT { MATCH (p:Person)-[o:OFFICER_OF]->(c) WHERE p.id IS NOT NULL
                             RETURN {key: p.id, name: p.name, role: o.role} } AS officers
            """;

    /** The firm's name, group and officers. */
    record Firm(String name, String groupId, Integer groupSize, List<BeneficialOwners.Officer> officers) {}

    /** @param complete false when the read stopped at {@code max} holdings */
    record Holdings(OwnershipGraph graph, int count, boolean complete) {}

    private final ReactiveNeo4jClient neo4j;

    ControlQueries(ReactiveNeo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Empty when there is no such firm. */
    Mono<Firm> firm(String uscc) {
        return neo4j.query(FIRM)
                .bind(uscc)
                .to("uscc")
                .fetchAs(Firm.class)
                .mappedBy((types, r) -> new Firm(
                        r.get("name").asString(null),
                        r.get("groupId").asString(null),
                        r.get("groupSize").isNull() ? null : r.get("groupSize").asInt(),
                        r.get("officers")
                                .asList(o -> new BeneficialOwners.Officer(
                                        uscc,
                                        new Party(
                                                Kind.PERSON,
                                                o.get("key").asString(),
                                                o.get("name").asString(null)),
                                        o.get("role").asString("")))))
                .one();
    }

    Mono<Holdings> holdings(String uscc, int max) {
        // one Party per holder, however many holdings name it
        var parties = new java.util.concurrent.ConcurrentHashMap<String, Party>();
        return neo4j.query(HOLDINGS)
                .bindAll(Map.of("uscc", uscc, "max", max + 1))
                .fetchAs(Holding.class)
                .mappedBy((types, r) -> {
                    var holder = new Party(
                            Kind.parse(r.get("kind").asString()),
                            r.get("key").asString(),
                            r.get("name").asString(null));
                    var held = new Party(
                            Kind.COMPANY,
                            r.get("uscc").asString(),
                            r.get("firm").asString(null));
                    var stake = r.get("stake");
                    return new Holding(
                            parties.computeIfAbsent(holder.id(), k -> holder),
                            parties.computeIfAbsent(held.id(), k -> held),
                            stake.isNull() ? null : stake.asDouble());
                })
                .all()
                .collectList()
                .map(all -> {
                    var kept = all.size() > max ? all.subList(0, max) : all;
                    return new Holdings(OwnershipGraph.of(kept), kept.size(), all.size() <= max);
                });
    }
}
