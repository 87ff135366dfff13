// Reference point for the prospects benchmark: the ranking of GET /api/v1/anchors/{uscc}/prospects?maxHops=2
// written as one Cypher query over the trade graph, as a Neo4j user would without the precomputed CHAIN_TO links.
// Parameters: anchor (USCC).

MATCH (a:Anchor {uscc: $anchor})
CALL (a) {
  MATCH p = (f:Company)-[:SUPPLIES*1..2]->(a)
  WHERE f <> a AND all(r IN relationships(p) WHERE r.amount12 > 0)
  RETURN f, 'upstream' AS direction, length(p) AS hops,
         reduce(s = 1.0, r IN relationships(p) | s * r.amount12 / startNode(r).sales12) AS strength
  UNION ALL
  MATCH p = (a)-[:SUPPLIES*1..2]->(f:Company)
  WHERE f <> a AND all(r IN relationships(p) WHERE r.amount12 > 0)
  RETURN f, 'downstream' AS direction, length(p) AS hops,
         reduce(s = 1.0, r IN relationships(p) | s * r.amount12 / endNode(r).purchases12) AS strength
}
WITH f, direction, min(hops) AS hops, max(strength) AS strength
WHERE NOT f:Borrower
RETURN f.uscc AS uscc, f.name AS name, direction, hops, strength, f.riskScore AS score, f.riskTier AS tier
ORDER BY tier, strength DESC, score DESC, uscc
LIMIT 50;
