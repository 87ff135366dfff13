MATCH (c:Company)-[:FLAGGED]->(f:FraudFlag) RETURN f.pattern AS pattern, c.uscc AS uscc, c.industryCode AS ind, f.detail AS detail ORDER BY pattern, uscc
