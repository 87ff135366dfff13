package dev.anchorgraph.analytics.score;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.Map;

/**
 * Which firms are in distress as of a date, and how much each firm next to one depends on it: the first half of
 * counterparty-distress contagion (docs/risk-model.md, Counterparty distress), done inside Neo4j before the firms
 * are scored, so every firm's score sees the same picture whatever its batch. A firm is in distress
 * ({@code distress}: its signals; {@code distressSince}: the earliest date behind them) when, as of the date:
 * <ul>
 *   <li>{@code dishonest_debtor} / {@code consumption_restriction}: it has such an open case against it;</li>
 *   <li>{@code enforcement}: enforcement cases against it filed in the last 12 months number at least
 *       {@value #ENFORCEMENT_CASES}, or add up to at least {@value #ENFORCEMENT_SHARE} of its 12-month sales and
 *       purchases (any amount for a firm without trade);</li>
 *   <li>{@code status_not_active}: its registry status is not {@code active};</li>
 *   <li>{@code purchases_collapse} / {@code sales_collapse}, for large buyers and anchors only (a small firm's
 *       swings are its own score's business, and its partners see them as lost sales): the last 6 months' purchases
 *       (sales) are at most {@value #COLLAPSE_KEEP} of the 6 months before.</li>
 * </ul>
 * A tier downgrade is not a signal: what downgrades a firm badly is in the list already, and reading last run's
 * tier would make this run's answer depend on the previous run rather than on the data.
 *
 * <p>Then each firm that is not itself in distress but trades with one gets {@code distressExposure1}: the larger,
 * over sales and purchases ({@code distressSide}), of the summed shares of its 12-month sales (purchases) that go to
 * (come from) firms in distress; and {@code distressVia} / {@code distressViaName}: its largest such counterparty
 * (ties by USCC). Only
 * exposures of at least {@value #PROPAGATE_FROM} are kept: they are what a second hop starts from
 * ({@link CounterpartyExposure}). Cost: one pass over the cases, one over large buyers' trade, one over the
 * trade of firms in distress; nothing recursive.
 */
final class DistressSignals {

    static final int ENFORCEMENT_CASES = 3;
    static final double ENFORCEMENT_SHARE = 0.05;
    static final double COLLAPSE_KEEP = 0.5;
    static final double PROPAGATE_FROM = 0.25;

    private static final String CLEAR = """
            MATCH (c:Company) WHERE c.distress IS NOT NULL OR c.distressExposure1 IS NOT NULL
            CALL (c) {
              REMOVE c.distress, c.distressSince, c.distressExposure1, c.distressSide, c.distressVia, c.distressViaName
            } IN TRANSACTIONS OF 10000 ROWS
            """;

    private static final String CASES = """
            MATCH (c:Company)-[p:PARTY_TO]->(k:Case)
            WHERE p.role IN ['enforced_party', 'defendant'] AND k.filedOn <= $asOf
              AND (k.kind IN ['dishonest_debtor', 'consumption_restriction']
                     AND (k.closedOn IS NULL OR k.closedOn > $asOf)
                   OR (k.kind = 'enforcement' OR p.role = 'enforced_party') AND k.filedOn > $from12)
            WITH c, k, CASE WHEN k.kind IN ['dishonest_debtor', 'consumption_restriction']
                                 AND (k.closedOn IS NULL OR k.closedOn > $asOf) THEN k.kind
                            ELSE 'enforcement' END AS signal
            WITH c, signal, count(DISTINCT k) AS cases, sum(coalesce(k.amount, 0.0)) AS amount, min(k.filedOn) AS since
            WHERE signal <> 'enforcement' OR cases >= $enforcementCases
               OR amount >= $enforcementShare * (coalesce(c.sales12, 0.0) + coalesce(c.purchases12, 0.0))
            WITH c, collect(signal) AS signals, min(since) AS since
            SET c.distress = signals, c.distressSince = since
            """;

    private static final String STATUS = """
            MATCH (c:Company) WHERE c.status IS NOT NULL AND c.status <> 'active'
            CALL (c) {
              SET c.distress = coalesce(c.distress, []) + ['status_not_active']
            } IN TRANSACTIONS OF 10000 ROWS
            """;

    private static final String COLLAPSE = """
            MATCH (c:Company) WHERE c.largeBuyer = true
            CALL (c) {
              OPTIONAL MATCH (c)<-[i:SUPPLIES]-()
              WITH c, sum(reduce(t = 0.0, x IN range(0, size(coalesce(i.months, [])) - 1) |
                     t + CASE WHEN i.months[x] >= $from6 AND i.months[x] <= $to THEN i.monthlyAmounts[x] ELSE 0.0 END)) AS inNow,
                   sum(reduce(t = 0.0, x IN range(0, size(coalesce(i.months, [])) - 1) |
                     t + CASE WHEN i.months[x] >= $from12 AND i.months[x] < $from6 THEN i.monthlyAmounts[x] ELSE 0.0 END)) AS inBefore
              OPTIONAL MATCH (c)-[o:SUPPLIES]->()
              WITH c, inNow, inBefore,
                   sum(reduce(t = 0.0, x IN range(0, size(coalesce(o.months, [])) - 1) |
                     t + CASE WHEN o.months[x] >= $from6 AND o.months[x] <= $to THEN o.monthlyAmounts[x] ELSE 0.0 END)) AS outNow,
                   sum(reduce(t = 0.0, x IN range(0, size(coalesce(o.months, [])) - 1) |
                     t + CASE WHEN o.months[x] >= $from12 AND o.months[x] < $from6 THEN o.monthlyAmounts[x] ELSE 0.0 END)) AS outBefore
              WITH c, [s IN [CASE WHEN inBefore > 0 AND inNow <= $keep * inBefore THEN 'purchases_collapse' END,
                             CASE WHEN outBefore > 0 AND outNow <= $keep * outBefore THEN 'sales_collapse' END]
                       WHERE s IS NOT NULL] AS collapses
              WHERE size(collapses) > 0
              SET c.distress = coalesce(c.distress, []) + collapses,
                  c.distressSince = coalesce(c.distressSince, date($from6 + '-01'))
            } IN TRANSACTIONS OF 1000 ROWS
            """;

    private static final String EXPOSURE = """
            MATCH (d:Company) WHERE d.distress IS NOT NULL
            CALL (d) {
              MATCH (f:Company)-[s:SUPPLIES]->(d)
              WHERE f.distress IS NULL AND f.sales12 > 0 AND s.amount12 > 0
              RETURN f, 'sales' AS side, s.amount12 / f.sales12 AS share
              UNION ALL
              MATCH (d)-[s:SUPPLIES]->(f:Company)
              WHERE f.distress IS NULL AND f.purchases12 > 0 AND s.amount12 > 0
              RETURN f, 'purchases' AS side, s.amount12 / f.purchases12 AS share
            }
            WITH f, side, d, share ORDER BY share DESC, d.uscc
            WITH f, side, sum(share) AS total, collect(d)[0] AS top
            WITH f, side, total, top ORDER BY total DESC, side
            WITH f, collect({side: side, total: total, top: top})[0] AS worst
            WHERE worst.total >= $propagateFrom
            SET f.distressExposure1 = CASE WHEN worst.total > 1.0 THEN 1.0 ELSE worst.total END,
                f.distressSide = worst.side, f.distressVia = worst.top.uscc, f.distressViaName = worst.top.name
            RETURN count(f) AS exposed
            """;

    private final Neo4jConnection neo4j;

    DistressSignals(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    /** Firms found in distress, and firms carrying a first-hop exposure a second hop can start from. */
    record Summary(long distressed, long exposed) {}

    Summary run(AsOf asOf) {
        var parameters = Map.<String, Object>of(
                "asOf",
                asOf.date(),
                "from12",
                asOf.date().minusMonths(12),
                "from6",
                asOf.firstMonthOf(6),
                "to",
                asOf.month().toString(),
                "enforcementCases",
                ENFORCEMENT_CASES,
                "enforcementShare",
                ENFORCEMENT_SHARE,
                "keep",
                COLLAPSE_KEEP,
                "propagateFrom",
                PROPAGATE_FROM);
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run(CLEAR).consume();
            s.run(CASES, parameters).consume();
            s.run(STATUS).consume();
            s.run(
                            COLLAPSE,
                            Map.of(
                                    "from6", asOf.firstMonthOf(6),
                                    "from12", asOf.firstMonthOf(12),
                                    "to", asOf.month().toString(),
                                    "keep", COLLAPSE_KEEP))
                    .consume();
            long distressed = s.run("MATCH (c:Company) WHERE c.distress IS NOT NULL RETURN count(c) AS n")
                    .single()
                    .get("n")
                    .asLong();
            long exposed = s.executeWrite(
                    tx -> tx.run(EXPOSURE, parameters).single().get("exposed").asLong());
            return new Summary(distressed, exposed);
        }
    }
}
