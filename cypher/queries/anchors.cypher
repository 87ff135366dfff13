// Title: Anchors and their supply chains
// Parameters: none
// Shows: every :Anchor (named by the bank, or inferred by the score step) with the firms the score step mapped into
//        its chain (CHAIN_TO): tier-1 and tier-2 suppliers (upstream) and distributors (downstream), all firms within
//        3 hops, and how many of them do not borrow yet (first-time borrowers). Largest chain first.
// Columns: anchor, uscc, program, riskTier, tier1Suppliers, tier2Suppliers, tier1Distributors, tier2Distributors, firms, firstTime
MATCH (a:Anchor)
CALL (a) {
  OPTIONAL MATCH (f:Company)-[c:CHAIN_TO]->(a)
  RETURN count(CASE WHEN c.direction = 'upstream' AND c.hops = 1 THEN 1 END) AS tier1Suppliers,
         count(CASE WHEN c.direction = 'upstream' AND c.hops = 2 THEN 1 END) AS tier2Suppliers,
         count(CASE WHEN c.direction = 'downstream' AND c.hops = 1 THEN 1 END) AS tier1Distributors,
         count(CASE WHEN c.direction = 'downstream' AND c.hops = 2 THEN 1 END) AS tier2Distributors,
         count(DISTINCT f) AS firms,
         count(DISTINCT CASE WHEN NOT f:Borrower THEN f END) AS firstTime
}
RETURN a.name AS anchor, a.uscc AS uscc, a.program AS program, a.riskTier AS riskTier,
       tier1Suppliers, tier2Suppliers, tier1Distributors, tier2Distributors, firms, firstTime
ORDER BY firms DESC, uscc;
