// Title: An anchor's tier-1 and tier-2 suppliers and distributors
// Parameter: anchor - the USCC of an :Anchor (see anchors.cypher)
// Parameter: top - how many firms to show per side and tier, strongest chains first (a large anchor has hundreds)
// Shows: firms one and two trade hops from the anchor, suppliers (upstream: goods flow towards the anchor) and
//        distributors (downstream), each with its risk tier and score (none when its status is insufficient_data:
//        too little trade evidence for a tier) and the trade path of its strongest chain to
//        the anchor (the SUPPLIES relationships the score step followed). Styled, companies are coloured by risk tier.
// Columns: direction, chainTier, firm, uscc, riskTier, riskScore, riskStatus, strength, chain
MATCH (a:Anchor {uscc: $anchor})
UNWIND [['upstream', 1], ['upstream', 2], ['downstream', 1], ['downstream', 2]] AS place
CALL (a, place) {
  MATCH (a)<-[c:CHAIN_TO {direction: place[0], hops: place[1]}]-(f:Company)
  RETURN c, f
  ORDER BY c.strength DESC, f.uscc
  LIMIT $top
}
CALL (a, c, f) {
  MATCH chain = (f)-[:SUPPLIES]->{1,2}(a)
  WHERE c.direction = 'upstream' AND [n IN nodes(chain) | n.uscc] = c.path
  RETURN chain
  UNION
  MATCH chain = (a)-[:SUPPLIES]->{1,2}(f)
  WHERE c.direction = 'downstream' AND reverse([n IN nodes(chain) | n.uscc]) = c.path
  RETURN chain
}
RETURN c.direction AS direction, c.hops AS chainTier, f.name AS firm, f.uscc AS uscc, f.riskTier AS riskTier,
       f.riskScore AS riskScore, f.riskStatus AS riskStatus, round(c.strength, 2) AS strength, chain
ORDER BY direction DESC, chainTier, strength DESC, uscc;
