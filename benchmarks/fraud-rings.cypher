MATCH (r:FraudRing) RETURN r.key AS key, r.amounts AS amounts ORDER BY key
