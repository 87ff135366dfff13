package dev.anchorgraph.service.prospect;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.service.problem.ProblemType;
import dev.anchorgraph.service.risk.Language;
import dev.anchorgraph.service.risk.RawReason;
import dev.anchorgraph.service.risk.RiskModels;
import java.time.LocalDate;
import java.util.Comparator;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads prospects from the chain the score step mapped ({@code CHAIN_TO}, at most 3 hops), so ranking is one
 * index lookup of the anchor and a walk over its chain members; no path search happens at request time.
 */
@Component
class ProspectQueries {

    /** A row with the sort key the next page's cursor is made of. */
    record Ranked(ProspectRow row, Cursor key) {}

    private record Found(ProspectPage.AnchorRef ref, boolean anchor) {}

    private static final String ANCHOR = """
            MATCH (a:Company {uscc: $uscc})
            RETURN a.uscc AS uscc, a.name AS name, a:Anchor AS anchor
            """;

    private static final String MATCHING = """
            MATCH (c:Company)-[r:CHAIN_TO]->(:Anchor {uscc: $anchor})
            WHERE r.hops <= $maxHops
              AND ($direction IS NULL OR r.direction = $direction)
              AND ($scales IS NULL OR c.scale IN $scales)
              AND (NOT $firstTimeOnly OR NOT c:Borrower)
              AND ($tiers IS NULL OR c.riskTier IN $tiers)
              AND ($insufficientData = 'include'
                   OR coalesce(c.riskStatus = 'insufficient_data', false) = ($insufficientData = 'only'))
              AND ($maxGroupExposure IS NULL OR coalesce(c.groupExposure, 0.0) <= $maxGroupExposure)
            """;

    private static final String COUNT = MATCHING + "RETURN count(DISTINCT c) AS total, max(c.riskAsOf) AS asOf";

    /** How many firms match, and the latest as-of date of their scores (null when none is scored). */
    record Count(long total, LocalDate asOf) {}

    // A firm both supplies and buys from the chain at most once per direction; with both directions it is listed
    // once, on its strongest chain (then fewer hops, then upstream), so that the uscc in the sort key is unique.
    // The sort key is (k1, k2, k3, uscc), each ascending: the chosen order written as numbers (ProspectSort).
    private static final String ROWS = MATCHING + """
            WITH c, r ORDER BY r.strength DESC, r.hops, r.direction DESC
            WITH c, head(collect(r)) AS r
            CALL (c) {
              // the 12 months ending with the firm's as-of month, both directions, as the sales API counts them
              WITH c, CASE WHEN c.riskAsOf IS NULL THEN null
                           ELSE substring(toString(date.truncate('month', c.riskAsOf) - duration({months: 11})), 0, 7)
                      END AS from
              OPTIONAL MATCH (c)-[t:SUPPLIES]-(:Company {uscc: $anchor})
              WITH from, sum(reduce(s = 0.0, k IN range(0, size(coalesce(t.months, [])) - 1) |
                       s + CASE WHEN t.months[k] >= from THEN t.monthlyAmounts[k] ELSE 0.0 END)) AS total
              RETURN CASE WHEN from IS NULL THEN null ELSE round(total, 2) END AS anchorTrade
            }
            WITH c, r, anchorTrade, coalesce(r.strength, 0.0) AS strength, coalesce(c.riskScore, -1) AS scoreKey,
                 // insufficient data after every tier, unscored firms last
                 CASE c.riskTier WHEN 'A' THEN 0 WHEN 'B' THEN 1 WHEN 'C' THEN 2 WHEN 'D' THEN 3
                      ELSE CASE c.riskStatus WHEN 'insufficient_data' THEN 4 ELSE 5 END END AS tierRank
            WITH c, r, anchorTrade, strength, scoreKey, tierRank,
                 CASE $sort WHEN 'ranking' THEN toFloat(tierRank) WHEN 'score' THEN toFloat(-scoreKey)
                      ELSE -coalesce(anchorTrade, -1.0) END AS k1,
                 CASE $sort WHEN 'ranking' THEN -strength ELSE 0.0 END AS k2,
                 CASE $sort WHEN 'ranking' THEN toFloat(-scoreKey) ELSE 0.0 END AS k3
            WHERE $after IS NULL
               OR k1 > $after.k1
               OR (k1 = $after.k1 AND (k2 > $after.k2
                   OR (k2 = $after.k2 AND (k3 > $after.k3
                       OR (k3 = $after.k3 AND c.uscc > $after.uscc)))))
            ORDER BY k1, k2, k3, c.uscc
            LIMIT $fetch
            CALL (r) {
              UNWIND range(0, size(r.path) - 1) AS i
              OPTIONAL MATCH (x:Company {uscc: r.path[i]})
              WITH r, i, x ORDER BY i
              RETURN collect({uscc: r.path[i], name: x.name, share: r.shares[i]}) AS chain
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:IN_INDUSTRY]->(i:Industry)
              RETURN i.name AS industryName LIMIT 1
            }
            RETURN c.uscc AS uscc, c.name AS name, c.scale AS scale, r.hops AS hops, r.direction AS direction,
                   c.industryCode AS industryCode, industryName, c.region AS region, c.annualSales AS annualSales,
                   anchorTrade, chain, strength, c.riskScore AS score, c.riskTier AS tier,
                   coalesce(c.riskStatus, CASE WHEN c.riskTier IS NULL THEN null ELSE 'scored' END) AS status,
                   c.stableLargeBuyers AS stableLargeBuyers, c.monthsTrading AS monthsTrading, c.riskModel AS model,
                   c.riskReasons AS reasons, c.riskReasonPoints AS points, c.riskReasonValues AS reasonValues,
                   c.suggestedLimit AS suggestedLimit, c.suggestedLimitBasis AS suggestedLimitBasis, c.riskPd AS pd,
                   c.groupId AS groupId, c.groupExposure AS groupExposure,
                   k1, k2, k3
            ORDER BY k1, k2, k3, uscc
            """;

    private final ReactiveNeo4jClient neo4j;
    private final RiskModels models;

    ProspectQueries(ReactiveNeo4jClient neo4j, RiskModels models) {
        this.neo4j = neo4j;
        this.models = models;
    }

    /** The anchor, or a 404: company-not-found for an unknown code, not-an-anchor for a firm without the label. */
    Mono<ProspectPage.AnchorRef> anchor(String uscc) {
        return neo4j.query(ANCHOR)
                .bind(uscc)
                .to("uscc")
                .fetchAs(Found.class)
                .mappedBy((t, r) -> new Found(
                        new ProspectPage.AnchorRef(
                                r.get("uscc").asString(), r.get("name").asString(null)),
                        r.get("anchor").asBoolean()))
                .one()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(
                        ProblemType.COMPANY_NOT_FOUND, "No company with USCC " + uscc + " in the graph.")))
                .map(found -> {
                    if (!found.anchor()) {
                        throw new ApiProblem(
                                ProblemType.NOT_AN_ANCHOR,
                                "Company " + uscc + " is not an anchor: "
                                        + "prospects are ranked in an anchor's supply chain. GET /api/v1/anchors lists them.");
                    }
                    return found.ref();
                });
    }

    Flux<Ranked> rows(String anchor, ProspectFilter filter, Language lang) {
        return neo4j.query(ROWS)
                .bindAll(filter.parameters(anchor))
                .fetchAs(Ranked.class)
                .mappedBy((t, r) -> ranked(r, lang, filter.sort()))
                .all();
    }

    /** How many firms match the filters, on all pages. */
    Mono<Count> count(String anchor, ProspectFilter filter) {
        return neo4j.query(COUNT)
                .bindAll(filter.parameters(anchor))
                .fetchAs(Count.class)
                .mappedBy((t, r) -> new Count(
                        r.get("total").asLong(),
                        r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate()))
                .one()
                .defaultIfEmpty(new Count(0, null));
    }

    private Ranked ranked(Record r, Language lang, ProspectSort sort) {
        var chain = r.get("chain")
                .asList(v -> new ProspectRow.Link(
                        v.get("uscc").asString(),
                        v.get("name").asString(null),
                        v.get("share").isNull() ? null : v.get("share").asDouble()));
        var model = r.get("model").asString(null);
        var top = RawReason.zip(r.get("reasons"), r.get("points"), r.get("reasonValues")).stream()
                .sorted(Comparator.comparingInt((RawReason x) -> Math.abs(x.points()))
                        .reversed()) // stable
                .limit(3)
                .map(x -> models.reason(model, x, lang))
                .toList();
        var row = new ProspectRow(
                r.get("uscc").asString(),
                r.get("name").asString(null),
                r.get("scale").asString(null),
                r.get("industryCode").asString(null),
                r.get("industryName").asString(null),
                r.get("region").asString(null),
                decimal(r, "annualSales"),
                decimal(r, "anchorTrade"),
                r.get("hops").asInt(),
                r.get("direction").asString(),
                chain,
                r.get("strength").asDouble(),
                integer(r, "score"),
                decimal(r, "pd"),
                r.get("tier").asString(null),
                r.get("status").asString(null),
                integer(r, "stableLargeBuyers"),
                integer(r, "monthsTrading"),
                top,
                r.get("suggestedLimit").isNull()
                        ? null
                        : r.get("suggestedLimit").asLong(),
                r.get("suggestedLimit").isNull() ? null : currency(model),
                r.get("suggestedLimitBasis").asString(null),
                r.get("groupId").asString(null),
                decimal(r, "groupExposure"));
        return new Ranked(
                row,
                new Cursor(
                        sort,
                        r.get("k1").asDouble(),
                        r.get("k2").asDouble(),
                        r.get("k3").asDouble(),
                        row.uscc()));
    }

    private static Double decimal(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asDouble();
    }

    /** The limit policy's currency of the model that scored the firm; null when this service does not know it. */
    private String currency(String model) {
        var policy = model == null ? null : models.limitPolicy(model);
        return policy == null ? null : policy.currency();
    }

    private static Integer integer(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asInt();
    }
}
