// Chain coverage (docs/benchmarks.md): of the firms with 12-month trade directly with an anchor, how many are in that
// anchor's chain at tier 1, per direction. The score step's promise: coverage 1.00.
MATCH (a:Anchor)
CALL (a) {
  MATCH (x:Company)-[s:SUPPLIES]->(a) WHERE s.amount12 > 0 AND x.sales12 > 0
  RETURN 'upstream' AS direction, count(DISTINCT x) AS direct,
         count(DISTINCT CASE WHEN EXISTS { (x)-[:CHAIN_TO {direction: 'upstream', hops: 1}]->(a) } THEN x END) AS inChain
  UNION ALL
  MATCH (a)-[s:SUPPLIES]->(x:Company) WHERE s.amount12 > 0 AND x.purchases12 > 0
  RETURN 'downstream' AS direction, count(DISTINCT x) AS direct,
         count(DISTINCT CASE WHEN EXISTS { (x)-[:CHAIN_TO {direction: 'downstream', hops: 1}]->(a) } THEN x END) AS inChain
}
WITH direction, sum(direct) AS direct, sum(inChain) AS inChain, max(direct) AS largestAnchor
RETURN direction, direct, inChain, round(toFloat(inChain) / direct, 4) AS coverage, largestAnchor
ORDER BY direction;
