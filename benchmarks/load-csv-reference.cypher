// Reference point for the load benchmark: the same per-pair aggregation of invoices.csv as graph-loader does,
// written as the Cypher LOAD CSV a Neo4j user would write, into SUPPLIES_REF so both results can be compared.
// Parameters: url (file:///invoices.csv, relative to the server's import folder).

LOAD CSV WITH HEADERS FROM $url AS row
WITH row WHERE coalesce(row.kind, 'normal') <> 'void'
WITH row.seller_uscc AS seller, row.buyer_uscc AS buyer, substring(row.issued_on, 0, 7) AS month,
     toFloat(replace(row.amount, ',', '')) AS amount, date(row.issued_on) AS day,
     CASE WHEN toFloat(replace(row.amount, ',', '')) < 0 OR row.kind = 'red' THEN 0 ELSE 1 END AS counted
WITH seller, buyer, month, sum(amount) AS monthAmount, sum(counted) AS monthCount, min(day) AS first, max(day) AS last
ORDER BY seller, buyer, month
WITH seller, buyer, collect(month) AS months, collect(monthAmount) AS amounts, collect(monthCount) AS counts,
     sum(monthAmount) AS amount, sum(monthCount) AS invoiceCount, min(first) AS firstOn, max(last) AS lastOn
CALL (seller, buyer, months, amounts, counts, amount, invoiceCount, firstOn, lastOn) {
  MATCH (s:Company {uscc: seller})
  MATCH (b:Company {uscc: buyer})
  MERGE (s)-[r:SUPPLIES_REF]->(b)
  SET r.months = months, r.monthlyAmounts = amounts, r.monthlyCounts = counts, r.amount = amount,
      r.invoiceCount = invoiceCount, r.firstOn = firstOn, r.lastOn = lastOn
} IN TRANSACTIONS OF 5000 ROWS;

// How far the two agree: pairs in both, and pairs whose totals differ by more than a fen.
MATCH (s)-[r:SUPPLIES_REF]->(b)
OPTIONAL MATCH (s)-[t:SUPPLIES]->(b)
RETURN count(r) AS referencePairs, count(t) AS matchedPairs,
       sum(CASE WHEN t IS NOT NULL AND abs(t.amount - r.amount) > 0.01 THEN 1 ELSE 0 END) AS amountMismatches;
