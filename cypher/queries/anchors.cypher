// Title: Anchors and their supply chains
// Parameters: none
// Shows: every :Anchor (named by the bank, or inferred by the score step: inferred) with the firms the score step
//        mapped into its chain (CHAIN_TO, at most 3 hops): suppliers (upstream) and distributors (downstream) by
//        hops (up1 are tier-1 suppliers, down2 tier-2 distributors, …) and how many of them do not borrow yet
//        (first-time borrowers, not :Borrower), per side and in all; the chain's distinct firms by risk tier (and
//        those with insufficient data for a tier, then those not scored); and
//        the bounds the score step read deeper levels within (breadth: partners followed per tier-1 or tier-2 firm,
//        maxFirms: firms per side) with what they left out per side (links not followed, firms left out), null
//        before a score run counted them. Largest chain first. GET /api/v1/anchors runs this file.
// Columns: uscc, name, program, inferred, up1, up2, up3, upFirstTime, down1, down2, down3, downFirstTime, firms,
//          firstTime, tierA, tierB, tierC, tierD, insufficientData, unscored, breadth, maxFirms, upLinks, upLeftOut, downLinks,
//          downLeftOut
MATCH (a:Anchor)
CALL (a) {
  OPTIONAL MATCH (c:Company)-[r:CHAIN_TO]->(a)
  WITH c, r, NOT c:Borrower AS firstTime
  RETURN count(CASE WHEN r.direction = 'upstream' AND r.hops = 1 THEN 1 END) AS up1,
         count(CASE WHEN r.direction = 'upstream' AND r.hops = 2 THEN 1 END) AS up2,
         count(CASE WHEN r.direction = 'upstream' AND r.hops = 3 THEN 1 END) AS up3,
         count(CASE WHEN r.direction = 'upstream' AND firstTime THEN 1 END) AS upFirstTime,
         count(CASE WHEN r.direction = 'downstream' AND r.hops = 1 THEN 1 END) AS down1,
         count(CASE WHEN r.direction = 'downstream' AND r.hops = 2 THEN 1 END) AS down2,
         count(CASE WHEN r.direction = 'downstream' AND r.hops = 3 THEN 1 END) AS down3,
         count(CASE WHEN r.direction = 'downstream' AND firstTime THEN 1 END) AS downFirstTime,
         count(DISTINCT c) AS firms,
         count(DISTINCT CASE WHEN firstTime THEN c END) AS firstTime,
         count(DISTINCT CASE WHEN c.riskTier = 'A' THEN c END) AS tierA,
         count(DISTINCT CASE WHEN c.riskTier = 'B' THEN c END) AS tierB,
         count(DISTINCT CASE WHEN c.riskTier = 'C' THEN c END) AS tierC,
         count(DISTINCT CASE WHEN c.riskTier = 'D' THEN c END) AS tierD,
         count(DISTINCT CASE WHEN c.riskTier IS NULL AND c.riskStatus = 'insufficient_data' THEN c END)
           AS insufficientData,
         count(DISTINCT CASE WHEN c IS NOT NULL AND c.riskTier IS NULL
                             AND coalesce(c.riskStatus, '') <> 'insufficient_data' THEN c END) AS unscored
}
RETURN a.uscc AS uscc, a.name AS name, a.program AS program,
       coalesce(a.anchorInferred, false) AS inferred, up1, up2, up3, upFirstTime,
       down1, down2, down3, downFirstTime, firms, firstTime, tierA, tierB, tierC, tierD, insufficientData,
       unscored,
       a.chainBreadth AS breadth, a.chainMaxFirms AS maxFirms,
       a.upstreamLinksNotFollowed AS upLinks, a.upstreamFirmsLeftOut AS upLeftOut,
       a.downstreamLinksNotFollowed AS downLinks, a.downstreamFirmsLeftOut AS downLeftOut
ORDER BY firms DESC, uscc;
