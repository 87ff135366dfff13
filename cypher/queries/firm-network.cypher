// Title: A firm's shareholders, officers and court cases
// Parameter: firm - the USCC of a :Company
// Shows: who holds shares in the firm (people, companies and organisations without a USCC with their jurisdiction,
//        with their stake), its officers (with their role) and
//        the court cases it is a party to (kind, its role, cause), one row each; as a graph, the firm in the middle.
// Columns: firm, riskTier, relation, who, detail, link
MATCH (f:Company {uscc: $firm})
CALL (f) {
  MATCH link = (holder)-[h:HOLDS_SHARES]->(f)
  RETURN 0 AS rank, 'shareholder' AS relation,
         coalesce(holder.name, holder.uscc) + coalesce(' (' + holder.jurisdiction + ')', '') AS who,
         toString(round(h.stake * 100, 1)) + '%' AS detail, link
  UNION ALL
  MATCH link = (p:Person)-[o:OFFICER_OF]->(f)
  RETURN 1 AS rank, 'officer' AS relation, p.name AS who, o.role AS detail, link
  UNION ALL
  MATCH link = (f)-[r:PARTY_TO]->(k:Case)
  RETURN 2 AS rank, 'case' AS relation, k.caseNo AS who,
         k.kind + ', ' + r.role + coalesce(', ' + k.cause, '') AS detail, link
}
RETURN f.name AS firm, f.riskTier AS riskTier, relation, who, detail, link
ORDER BY rank, who;
