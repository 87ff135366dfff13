// Title: A firm's chain to its anchors
// Parameter: firm - the USCC of a :Company
// Shows: each anchor the firm is tied to by trade (CHAIN_TO, at most 3 hops), which side of the chain it is on, the
//        strength of the chain (product of the hop shares) and the trade path itself, firm first; strongest first.
//        No rows: the firm trades with no anchor within 3 hops.
// Columns: anchor, direction, hops, strength, shares, chain
MATCH (f:Company {uscc: $firm})-[c:CHAIN_TO]->(a:Anchor)
CALL (f, c, a) {
  MATCH chain = (f)-[:SUPPLIES]->{1,3}(a)
  WHERE c.direction = 'upstream' AND [n IN nodes(chain) | n.uscc] = c.path
  RETURN chain
  UNION
  MATCH chain = (a)-[:SUPPLIES]->{1,3}(f)
  WHERE c.direction = 'downstream' AND reverse([n IN nodes(chain) | n.uscc]) = c.path
  RETURN chain
}
RETURN a.name AS anchor, c.direction AS direction, c.hops AS hops, round(c.strength, 2) AS strength,
       [s IN c.shares | round(s, 2)] AS shares, chain
ORDER BY strength DESC, anchor;
