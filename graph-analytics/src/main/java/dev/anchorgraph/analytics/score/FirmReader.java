package dev.anchorgraph.analytics.score;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;

/** Reads {@link FirmFacts} for a batch of firms: each firm's own neighbourhood only. */
final class FirmReader {

    private static final String READ = """
            UNWIND $usccs AS u
            MATCH (c:Company {uscc: u})
            CALL (c) {
              OPTIONAL MATCH (c)-[s:SUPPLIES]->(b:Company)
              RETURN collect(CASE WHEN s IS NULL THEN null ELSE {buyer: b.uscc, large: coalesce(b.largeBuyer, false),
                     months: s.months, amounts: s.monthlyAmounts, counts: s.monthlyCounts, masks: s.monthlyDayMasks,
                     firstOn: s.firstOn, lastOn: s.lastOn} END) AS sales
            }
            CALL (c) {
              OPTIONAL MATCH (c)<-[s:SUPPLIES]-(:Company)
              RETURN collect(CASE WHEN s IS NULL THEN null ELSE {months: s.months, counts: s.monthlyCounts} END) AS purchases
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[p:PARTY_TO]->(k:Case)
              RETURN collect(CASE WHEN k IS NULL THEN null ELSE {caseNo: k.caseNo, role: p.role, kind: k.kind, filedOn: k.filedOn,
                     closedOn: k.closedOn, amount: coalesce(k.amount, 0.0)} END) AS cases
            }
            CALL (c) {
              // nearness to an anchor in distress earns nothing: that anchor is a risk (DistressSignals)
              OPTIONAL MATCH (c)-[m:CHAIN_TO]->(a:Anchor) WHERE a.distress IS NULL
              RETURN min(m.hops) AS hops, coalesce(max(m.strength), 0.0) AS strength
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[s:SUPPLIES]->(d:Company)
              WHERE d.distress IS NOT NULL AND c.sales12 > 0 AND s.amount12 > 0
              RETURN collect(CASE WHEN d IS NULL THEN null ELSE {uscc: d.uscc, name: d.name, side: 'sales',
                     share: s.amount12 / c.sales12, signals: d.distress, since: d.distressSince} END) AS distressedBuyers
            }
            CALL (c) {
              OPTIONAL MATCH (c)<-[s:SUPPLIES]-(d:Company)
              WHERE d.distress IS NOT NULL AND c.purchases12 > 0 AND s.amount12 > 0
              RETURN collect(CASE WHEN d IS NULL THEN null ELSE {uscc: d.uscc, name: d.name, side: 'purchases',
                     share: s.amount12 / c.purchases12, signals: d.distress, since: d.distressSince} END) AS distressedSuppliers
            }
            CALL (c) {
              // distress travels one way over both hops: unpaid bills upstream (a seller of a seller to a firm in
              // distress), missing supplies downstream; the partner's own distress does not count back
              OPTIONAL MATCH (c)-[s:SUPPLIES]-(p:Company)
              WHERE p.distressExposure1 IS NOT NULL AND s.amount12 > 0 AND p.distressVia <> c.uscc
                AND (startNode(s) = c AND c.sales12 > 0 AND p.distressSide = 'sales'
                     OR endNode(s) = c AND c.purchases12 > 0 AND p.distressSide = 'purchases')
              RETURN collect(CASE WHEN p IS NULL THEN null ELSE {uscc: p.uscc, name: p.name,
                     side: CASE WHEN startNode(s) = c THEN 'sales' ELSE 'purchases' END,
                     share: s.amount12 / CASE WHEN startNode(s) = c THEN c.sales12 ELSE c.purchases12 END,
                     exposure1: p.distressExposure1, via: p.distressVia, viaName: p.distressViaName} END) AS exposedPartners
            }
            CALL (c) {
              OPTIONAL MATCH (h:Company)-[:HOLDS_SHARES]->(c)
              WITH c, collect(h)[..50] AS holders
              OPTIONAL MATCH (ctl)-[k:HOLDS_SHARES]->(c) WHERE k.stake >= 0.5
              OPTIONAL MATCH (ctl)-[k2:HOLDS_SHARES]->(sister:Company) WHERE k2.stake >= 0.5 AND sister <> c
              WITH c, holders, collect(sister)[..50] AS sisters
              // the firms of its group: under the same actual controller (ControlPass ran before, docs/ownership.md)
              OPTIONAL MATCH (member:Company) WHERE member.groupId = c.groupId AND member <> c
              WITH c, holders, sisters, collect(member)[..50] AS members
              OPTIONAL MATCH (rep:Person)-[:OFFICER_OF {role: 'legal_representative'}]->(c)
              OPTIONAL MATCH (rep)-[:OFFICER_OF {role: 'legal_representative'}]->(other:Company) WHERE other <> c
              WITH holders, sisters, members, collect(other)[..50] AS others
              WITH holders + sisters + members + others AS related
              UNWIND CASE WHEN size(related) = 0 THEN [null] ELSE related END AS r
              OPTIONAL MATCH (r)-[p:PARTY_TO]->(k:Case)
              WHERE p.role IN ['enforced_party', 'defendant']
                AND k.kind IN ['enforcement', 'dishonest_debtor', 'consumption_restriction']
                AND k.filedOn >= $from24 AND k.filedOn <= $asOf
              RETURN collect(DISTINCT CASE WHEN k IS NOT NULL THEN r.name END) AS riskyRelated
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:FLAGGED]->(f:FraudFlag)
              RETURN collect(CASE WHEN f IS NULL THEN null ELSE {pattern: f.pattern, severity: f.severity, detail: f.detail,
                     evidence: f.evidence} END) AS fraud
            }
            RETURN c.uscc AS uscc, c.status AS status, c.foundedOn AS foundedOn, coalesce(c.usccValid, true) AS usccValid,
                   (c:Borrower OR EXISTS { (c)<-[:WATCHES]-(:Watchlist) }) AS monitored,
                   sales, purchases, cases, hops, strength, riskyRelated, fraud,
                   distressedBuyers + distressedSuppliers AS distressed, exposedPartners
            """;

    private final Neo4jConnection neo4j;

    FirmReader(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    List<FirmFacts> read(List<String> usccs, AsOf asOf) {
        try (var s = neo4j.driver().session(neo4j.session())) {
            return s.run(
                            READ,
                            Map.of(
                                    "usccs",
                                    usccs,
                                    "asOf",
                                    asOf.date(),
                                    "from24",
                                    asOf.date().minusMonths(24)))
                    .list(r -> new FirmFacts(
                            r.get("uscc").asString(),
                            string(r.get("status")),
                            date(r.get("foundedOn")),
                            r.get("usccValid").asBoolean(),
                            r.get("monitored").asBoolean(),
                            r.get("sales")
                                    .asList(v -> new FirmFacts.Sale(
                                            v.get("buyer").asString(),
                                            v.get("large").asBoolean(),
                                            monthly(v),
                                            date(v.get("firstOn")),
                                            date(v.get("lastOn")))),
                            r.get("purchases").asList(FirmReader::monthly),
                            r.get("cases")
                                    .asList(v -> new FirmFacts.CaseFact(
                                            string(v.get("caseNo")),
                                            string(v.get("role")),
                                            string(v.get("kind")),
                                            date(v.get("filedOn")),
                                            date(v.get("closedOn")),
                                            v.get("amount").asDouble())),
                            r.get("hops").isNull() ? null : r.get("hops").asInt(),
                            r.get("strength").asDouble(),
                            r.get("riskyRelated").asList(Value::asString),
                            r.get("fraud")
                                    .asList(v -> new FirmFacts.FraudFact(
                                            v.get("pattern").asString(),
                                            v.get("severity").asString(),
                                            string(v.get("detail")),
                                            string(v.get("evidence")))),
                            r.get("distressed")
                                    .asList(v -> new CounterpartyExposure.Direct(
                                            v.get("uscc").asString(),
                                            string(v.get("name")),
                                            v.get("side").asString(),
                                            v.get("share").asDouble(),
                                            list(v.get("signals"), Value::asString),
                                            date(v.get("since")))),
                            r.get("exposedPartners")
                                    .asList(v -> new CounterpartyExposure.Indirect(
                                            v.get("uscc").asString(),
                                            string(v.get("name")),
                                            v.get("side").asString(),
                                            v.get("share").asDouble(),
                                            v.get("exposure1").asDouble(),
                                            string(v.get("via")),
                                            string(v.get("viaName"))))));
        }
    }

    private static FirmFacts.Monthly monthly(Value v) {
        return new FirmFacts.Monthly(
                list(v.get("months"), Value::asString),
                list(v.get("amounts"), Value::asDouble),
                list(v.get("counts"), Value::asLong),
                list(v.get("masks"), Value::asLong));
    }

    private static <T> List<T> list(Value v, Function<Value, T> f) {
        return v == null || v.isNull() ? List.of() : v.asList(f);
    }

    private static String string(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
