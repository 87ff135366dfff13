package dev.anchorgraph.service.group;

import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A group's one read (the {@code groupId} index, V0009) and its mapping. */
final class GroupQuery {

    static final String CYPHER = """
            MATCH (c:Company {groupId: $id})
            WITH collect(c) AS firms
            WHERE size(firms) > 0
            WITH firms, [m IN firms WHERE m.actualController IS NOT NULL][0] AS one
            RETURN size(firms) AS size,
                   one.actualController AS controller, one.actualControllerKind AS controllerKind,
                   one.actualControllerName AS controllerName,
                   reduce(s = 0.0, m IN firms | s + coalesce(m.outstanding, 0.0)) AS exposure,
                   size([m IN firms WHERE m:Borrower]) AS borrowers,
                   size([m IN firms WHERE m.outstanding IS NOT NULL]) AS borrowersWithAmount,
                   size([m IN firms WHERE size(coalesce(m.riskKnockouts, [])) > 0]) AS knockedOut,
                   [m IN firms | coalesce(m.riskTier, m.riskStatus, 'unscored')] AS tiers,
                   [m IN firms | m {.uscc, .name, .riskStatus, .riskTier, .riskScore, .riskPd, .riskKnockouts, .lender,
                                  .outstanding, .controllerStake, borrower: m:Borrower}] AS members
            """;

    private GroupQuery() {}

    static GroupView group(String id, Record r, int limit) {
        var tiers = new TreeMap<String, Long>();
        r.get("tiers").asList(Value::asString).forEach(t -> tiers.merge(t, 1L, Long::sum));
        var members = r.get("members").asList(GroupQuery::member).stream()
                .sorted(java.util.Comparator.comparing(
                                (GroupView.Member m) -> m.outstanding() == null ? 0.0 : m.outstanding())
                        .reversed()
                        .thenComparing(GroupView.Member::uscc))
                .toList();
        var shown = members.size() > limit ? members.subList(0, limit) : members;
        return new GroupView(
                id,
                r.get("size").asLong(),
                r.get("controller").isNull()
                        ? null
                        : new GroupView.Controller(
                                r.get("controller").asString(),
                                r.get("controllerKind").asString(null),
                                r.get("controllerName").asString(null)),
                Map.copyOf(tiers),
                r.get("exposure").asDouble(),
                "CNY",
                r.get("borrowers").asLong(),
                r.get("borrowersWithAmount").asLong(),
                r.get("knockedOut").asLong(),
                shown,
                members.size() - shown.size());
    }

    private static GroupView.Member member(Value m) {
        return new GroupView.Member(
                m.get("uscc").asString(),
                m.get("name").asString(null),
                m.get("riskStatus").asString(null),
                m.get("riskTier").asString(null),
                m.get("riskScore").isNull() ? null : m.get("riskScore").asInt(),
                m.get("riskPd").isNull() ? null : m.get("riskPd").asDouble(),
                m.get("riskKnockouts").isNull()
                        ? java.util.List.of()
                        : m.get("riskKnockouts").asList(Value::asString),
                m.get("borrower").asBoolean(),
                m.get("lender").asString(null),
                m.get("outstanding").isNull() ? null : m.get("outstanding").asDouble(),
                m.get("controllerStake").isNull()
                        ? null
                        : m.get("controllerStake").asDouble());
    }
}
