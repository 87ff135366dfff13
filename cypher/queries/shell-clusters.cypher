// Title: Shell clusters
// Parameters: none
// Shows: the firms the fraud step flagged as members of a shell cluster (FraudFlag pattern 'shell_cluster'), with
//        when and where they were registered, their legal representative, and their trade with other flagged
//        members; rows of one cluster (one legal representative) together, in founding order. As a graph: the
//        shared representative in the middle, the members and the invoices they pass between them.
// Columns: representative, firm, uscc, foundedOn, address, registeredCapital, severity, detail, officers, trades
MATCH (c:Company)-[:FLAGGED]->(flag:FraudFlag {pattern: 'shell_cluster'})
OPTIONAL MATCH (p:Person)-[:OFFICER_OF {role: 'legal_representative'}]->(c)
RETURN p.name AS representative, c.name AS firm, c.uscc AS uscc, c.foundedOn AS foundedOn, c.address AS address,
       c.registeredCapital AS registeredCapital, flag.severity AS severity, flag.detail AS detail,
       COLLECT { MATCH officer = (:Person)-[:OFFICER_OF]->(c) RETURN officer } AS officers,
       COLLECT {
         MATCH trade = (c)-[:SUPPLIES]->(:Company)-[:FLAGGED]->(:FraudFlag {pattern: 'shell_cluster'})
         RETURN trade
       } AS trades
ORDER BY p.id, foundedOn, uscc;
