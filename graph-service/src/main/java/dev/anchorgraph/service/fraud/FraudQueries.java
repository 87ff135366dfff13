package dev.anchorgraph.service.fraud;

import dev.anchorgraph.service.web.JsonText;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads what the score run's fraud step wrote: {@code FraudFlag}, {@code FraudRing} and {@code ShellCluster} nodes
 * (docs/risk-model.md).
 */
@Component
class FraudQueries {

    private static final String COMPANY = """
            MATCH (c:Company {uscc: $uscc})
            CALL (c) {
              OPTIONAL MATCH (c)-[:FLAGGED]->(f:FraudFlag)
              WITH f ORDER BY CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, f.pattern
              RETURN collect(f) AS flags
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:IN_RING]->(r:FraudRing)
              WITH r ORDER BY r.key
              RETURN collect(r.key) AS ringKeys
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:IN_CLUSTER]->(k:ShellCluster)
              WITH k ORDER BY k.key
              RETURN collect(k.key) AS clusterKeys
            }
            RETURN c.uscc AS uscc, c.name AS name, c.riskTier AS tier, flags, ringKeys, clusterKeys
            """;

    private static final String RINGS = """
            MATCH (r:FraudRing)
            WHERE r.key > $after AND ($keys IS NULL OR r.key IN $keys)
              AND ($uscc IS NULL OR EXISTS { (:Company {uscc: $uscc})-[:IN_RING]->(r) })
            WITH r ORDER BY r.key LIMIT $limit
            CALL (r) {
              MATCH (m:Company)-[p:IN_RING]->(r)
              WITH m ORDER BY p.position
              RETURN collect({uscc: m.uscc, name: m.name, tier: m.riskTier}) AS members
            }
            RETURN r, members ORDER BY r.key
            """;

    private static final String CLUSTERS = """
            MATCH (k:ShellCluster)
            WHERE k.key > $after AND ($keys IS NULL OR k.key IN $keys)
              AND ($severity IS NULL OR k.severity = $severity)
              AND ($uscc IS NULL OR EXISTS { (:Company {uscc: $uscc})-[:IN_CLUSTER]->(k) })
            WITH k ORDER BY k.key LIMIT $limit
            CALL (k) {
              MATCH (m:Company)-[:IN_CLUSTER]->(k)
              WITH m ORDER BY m.foundedOn, m.uscc
              RETURN collect({uscc: m.uscc, name: m.name, tier: m.riskTier}) AS members
            }
            RETURN k, members ORDER BY k.key
            """;

    private static final String FLAGS = """
            MATCH (f:FraudFlag)
            WHERE f.key > $after AND ($pattern IS NULL OR f.pattern = $pattern)
              AND ($severity IS NULL OR f.severity = $severity)
            WITH f ORDER BY f.key LIMIT $limit
            MATCH (c:Company)-[:FLAGGED]->(f)
            RETURN f, c.uscc AS uscc, c.name AS name, c.riskTier AS tier ORDER BY f.key
            """;

    private final ReactiveNeo4jClient neo4j;
    private final JsonText json;

    FraudQueries(ReactiveNeo4jClient neo4j, JsonText json) {
        this.neo4j = neo4j;
        this.json = json;
    }

    private record CompanyRow(
            String uscc,
            String name,
            String tier,
            List<FraudViews.Flag> flags,
            List<String> ringKeys,
            List<String> clusterKeys) {}

    /** Empty when there is no such company. */
    Mono<FraudViews.CompanyFraud> company(String uscc) {
        return neo4j.query(COMPANY)
                .bind(uscc)
                .to("uscc")
                .fetchAs(CompanyRow.class)
                .mappedBy((types, r) -> new CompanyRow(
                        r.get("uscc").asString(),
                        string(r.get("name")),
                        string(r.get("tier")),
                        r.get("flags").asList(v -> flag(v.asNode()::get)),
                        r.get("ringKeys").asList(Value::asString),
                        r.get("clusterKeys").asList(Value::asString)))
                .one()
                .flatMap(row -> Mono.zip(
                                row.ringKeys().isEmpty()
                                        ? Mono.just(List.<FraudViews.Ring>of())
                                        : rings(
                                                        "",
                                                        row.ringKeys(),
                                                        null,
                                                        row.ringKeys().size())
                                                .collectList(),
                                row.clusterKeys().isEmpty()
                                        ? Mono.just(List.<FraudViews.Cluster>of())
                                        : clusters(
                                                        "",
                                                        row.clusterKeys(),
                                                        null,
                                                        null,
                                                        row.clusterKeys().size())
                                                .collectList())
                        .map(found -> new FraudViews.CompanyFraud(
                                row.uscc(), row.name(), row.tier(), row.flags(), found.getT1(), found.getT2())));
    }

    /** Shell clusters by key after {@code after}: all, those in {@code keys}, of a severity, or with {@code uscc}. */
    Flux<FraudViews.Cluster> clusters(String after, List<String> keys, String severity, String uscc, int limit) {
        var p = new HashMap<String, Object>();
        p.put("after", after);
        p.put("keys", keys);
        p.put("severity", severity);
        p.put("uscc", uscc);
        p.put("limit", limit);
        return neo4j.query(CLUSTERS)
                .bindAll(p)
                .fetchAs(FraudViews.Cluster.class)
                .mappedBy((types, r) -> {
                    var k = r.get("k").asNode();
                    return new FraudViews.Cluster(
                            k.get("key").asString(),
                            members(r.get("members")),
                            k.get("links").asList(Value::asString, List.of()),
                            number(k.get("internalShare")),
                            number(k.get("salesToCapital")),
                            string(k.get("severity")),
                            json.object(string(k.get("evidence"))),
                            k.get("asOf").isNull() ? null : k.get("asOf").asLocalDate());
                })
                .all();
    }

    /** Rings by key after {@code after}: all, those in {@code keys}, or those {@code uscc} is a member of. */
    Flux<FraudViews.Ring> rings(String after, List<String> keys, String uscc, int limit) {
        var p = new HashMap<String, Object>();
        p.put("after", after);
        p.put("keys", keys);
        p.put("uscc", uscc);
        p.put("limit", limit);
        return neo4j.query(RINGS)
                .bindAll(p)
                .fetchAs(FraudViews.Ring.class)
                .mappedBy((types, r) -> {
                    var ring = r.get("r").asNode();
                    return new FraudViews.Ring(
                            ring.get("key").asString(),
                            members(r.get("members")),
                            ring.get("amounts").asList(Value::asDouble, List.of()),
                            ring.get("months").asList(Value::asString, List.of()),
                            ring.get("asOf").isNull() ? null : ring.get("asOf").asLocalDate());
                })
                .all();
    }

    Flux<FraudViews.FlaggedFirm> flags(String after, String pattern, String severity, int limit) {
        var p = new HashMap<String, Object>();
        p.put("after", after);
        p.put("pattern", pattern);
        p.put("severity", severity);
        p.put("limit", limit);
        return neo4j.query(FLAGS)
                .bindAll(p)
                .fetchAs(FraudViews.FlaggedFirm.class)
                .mappedBy((types, r) -> new FraudViews.FlaggedFirm(
                        r.get("uscc").asString(),
                        string(r.get("name")),
                        string(r.get("tier")),
                        flag(r.get("f").asNode()::get)))
                .all();
    }

    /** The key of a flag row, for the cursor. */
    static String key(FraudViews.FlaggedFirm f) {
        return f.uscc() + "/" + f.flag().pattern();
    }

    private FraudViews.Flag flag(Function<String, Value> f) {
        return new FraudViews.Flag(
                f.apply("pattern").asString(),
                string(f.apply("severity")),
                string(f.apply("detail")),
                json.object(string(f.apply("evidence"))),
                f.apply("asOf").isNull() ? null : f.apply("asOf").asLocalDate());
    }

    private static List<FraudViews.Member> members(Value members) {
        return members.asList(
                m -> new FraudViews.Member(m.get("uscc").asString(), string(m.get("name")), string(m.get("tier"))));
    }

    private static Double number(Value v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
