package dev.anchorgraph.service.memo;

import dev.anchorgraph.contract.ScoreHistoryEntry;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The memo's one query and its mapping. */
final class MemoQuery {

    /**
     * The 12-month window ends with the firm's risk as-of month (as the sales route's), else with its latest invoice.
     * Sums of the monthly lists over the window: a buyer's {@code months} are sorted {@code yyyy-MM} strings.
     */
    static final String CYPHER = """
            MATCH (c:Company {uscc: $uscc})
            WITH c, coalesce(c.riskAsOf,
                     COLLECT { MATCH (c)-[s:SUPPLIES]-() RETURN s.lastOn ORDER BY s.lastOn DESC LIMIT 1 }[0]) AS end
            WITH c, CASE WHEN end IS NULL THEN null
                         ELSE substring(toString(date.truncate('month', end) - duration({months: 11})), 0, 7) END AS from,
                    CASE WHEN end IS NULL THEN null ELSE substring(toString(end), 0, 7) END AS to
            CALL (c, from, to) {
              OPTIONAL MATCH (c)-[s:SUPPLIES]->(:Company)
              RETURN sum(reduce(t = 0.0, i IN range(0, size(coalesce(s.months, [])) - 1) |
                       t + CASE WHEN s.months[i] >= from AND s.months[i] <= to THEN s.monthlyAmounts[i] ELSE 0.0 END))
                     AS sales
            }
            RETURN c.uscc AS uscc, c.name AS name, c.riskAsOf AS asOf, from, to, sales,
                   c:Borrower AS borrower, c.lender AS lender, c.firstLoanOn AS firstLoanOn,
                   c.stableLargeBuyers AS stableLargeBuyers, c.stableBuyerSales12 AS stableBuyerSales,
                   coalesce(c.riskHistory, []) AS history,
                   COUNT { (c)-[:PARTY_TO]->(:Case) } AS casesTotal,
                   COLLECT {
                     MATCH (c)-[p:PARTY_TO]->(k:Case)
                     WITH p, k ORDER BY k.filedOn DESC, k.caseNo, p.role LIMIT $cases
                     RETURN k {.caseNo, .court, .cause, .kind, .filedOn, .closedOn, .amount, .status, role: p.role}
                   } AS cases,
                   COLLECT {
                     MATCH (c)-[s:SUPPLIES]-(a:Anchor) WHERE a <> c
                     WITH a, startNode(s) = c AS sale,
                          reduce(t = 0.0, i IN range(0, size(coalesce(s.months, [])) - 1) |
                            t + CASE WHEN s.months[i] >= from AND s.months[i] <= to THEN s.monthlyAmounts[i] ELSE 0.0 END)
                          AS amount
                     WITH a, sum(CASE WHEN sale THEN amount ELSE 0.0 END) AS sold,
                          sum(CASE WHEN sale THEN 0.0 ELSE amount END) AS bought
                     WHERE sold <> 0 OR bought <> 0
                     WITH a, sold, bought ORDER BY sold + bought DESC, a.uscc
                     RETURN {uscc: a.uscc, name: a.name, sales: sold, purchases: bought}
                   } AS anchors,
                   COLLECT {
                     MATCH (c)-[s:SUPPLIES]->(b:Company) WHERE coalesce(b.largeBuyer, b:Anchor OR b.scale = 'large')
                     WITH b, s, [i IN range(0, size(coalesce(s.months, [])) - 1)
                                 WHERE s.months[i] >= from AND s.months[i] <= to] AS window
                     WITH b, reduce(t = 0.0, i IN window | t + s.monthlyAmounts[i]) AS amount,
                          size([i IN window WHERE s.monthlyCounts[i] > 0]) AS active
                     WHERE amount <> 0
                     WITH b, amount, active ORDER BY amount DESC, b.uscc LIMIT $buyers
                     RETURN {uscc: b.uscc, name: b.name, anchor: b:Anchor, amount: amount, active: active}
                   } AS largeBuyers
            """;

    private MemoQuery() {}

    static CommitteeMemo memo(Record r) {
        double sales = r.get("sales").asDouble(0);
        return new CommitteeMemo(
                r.get("uscc").asString(),
                r.get("name").asString(null),
                date(r.get("asOf")),
                new CommitteeMemo.Borrower(
                        r.get("borrower").asBoolean(), r.get("lender").asString(null), date(r.get("firstLoanOn"))),
                r.get("cases").asList(MemoQuery::courtCase),
                r.get("casesTotal").asLong(),
                new CommitteeMemo.Trade(
                        r.get("from").asString(null),
                        r.get("to").asString(null),
                        sales,
                        r.get("stableLargeBuyers").isNull()
                                ? null
                                : r.get("stableLargeBuyers").asInt(),
                        r.get("stableBuyerSales").isNull()
                                ? null
                                : r.get("stableBuyerSales").asDouble(),
                        r.get("anchors")
                                .asList(v -> new CommitteeMemo.AnchorTrade(
                                        v.get("uscc").asString(),
                                        v.get("name").asString(null),
                                        v.get("sales").asDouble(),
                                        v.get("purchases").asDouble())),
                        r.get("largeBuyers")
                                .asList(v -> new CommitteeMemo.BuyerTrade(
                                        v.get("uscc").asString(),
                                        v.get("name").asString(null),
                                        v.get("anchor").asBoolean(),
                                        v.get("amount").asDouble(),
                                        sales > 0 ? v.get("amount").asDouble() / sales : 0,
                                        v.get("active").asInt()))),
                r.get("history").asList(v -> history(ScoreHistoryEntry.parse(v.asString()))));
    }

    private static CommitteeMemo.Case courtCase(Value v) {
        return new CommitteeMemo.Case(
                v.get("caseNo").asString(),
                v.get("court").asString(null),
                v.get("cause").asString(null),
                v.get("kind").asString(null),
                date(v.get("filedOn")),
                date(v.get("closedOn")),
                v.get("amount").isNull() ? null : v.get("amount").asDouble(),
                v.get("status").asString(null),
                v.get("role").asString(null));
    }

    private static CommitteeMemo.ScoreRunEntry history(ScoreHistoryEntry e) {
        return new CommitteeMemo.ScoreRunEntry(e.run(), e.asOf(), e.status(), e.tier(), e.score(), e.pd());
    }

    private static java.time.LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
