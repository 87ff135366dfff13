// Title: Who owns a firm, layer by layer
// Parameter: firm - the USCC of a :Company
// Shows: every chain of shareholdings above the firm (股权穿透), holder first, at most 10 holdings long and at
//        most 1,000 chains, with each link's stake and their product (null when a stake is not in the register),
//        and the actual controller and group the score run stored on the firm (docs/ownership.md; the service's
//        GET /api/v1/companies/{uscc}/control sums the chains per holder). As a graph: the ownership tree above
//        the firm.
// Columns: holder, kind, hops, stakes, product, chain, controller, controlStatus, groupId
MATCH (c:Company {uscc: $firm})
MATCH chain = (h)-[:HOLDS_SHARES*1..10]->(c)
WITH c, h, chain, [r IN relationships(chain) | r.stake] AS stakes
RETURN h.name AS holder,
       CASE WHEN h:Company THEN 'company' WHEN h:Person THEN 'person' ELSE 'organisation' END AS kind,
       length(chain) AS hops, stakes,
       CASE WHEN any(s IN stakes WHERE s IS NULL) THEN null ELSE reduce(p = 1.0, s IN stakes | p * s) END AS product,
       chain, c.actualControllerName AS controller, c.controlStatus AS controlStatus, c.groupId AS groupId
ORDER BY product DESC, hops, holder
LIMIT 1000;
