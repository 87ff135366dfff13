// Title: Circular-trading rings
// Parameters: none
// Shows: every ring the fraud step found (:FraudRing), leg by leg: member i sells to member i+1 and the last to the
//        first, with the leg's amount over the ring's window and the months any leg traded in; as a graph, the trade
//        legs (SUPPLIES) and each member's tie to its ring node (IN_RING). Largest ring first.
// Columns: ring, firms, position, seller, sellerTier, buyer, amount, months, leg, member
MATCH (r:FraudRing)
MATCH member = (seller:Company)-[m:IN_RING]->(r)
MATCH (buyer:Company)-[n:IN_RING]->(r)
WHERE n.position = (m.position + 1) % size(r.members)
MATCH leg = (seller)-[:SUPPLIES]->(buyer)
RETURN r.key AS ring, size(r.members) AS firms, m.position AS position, seller.name AS seller,
       seller.riskTier AS sellerTier, buyer.name AS buyer, round(r.amounts[m.position]) AS amount, r.months AS months,
       leg, member
ORDER BY firms DESC, ring, position;
