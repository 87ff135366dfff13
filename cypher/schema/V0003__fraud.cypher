// V0003: fraud-pattern results (docs/risk-model.md, "Fraud patterns"). Flags and rings are keyed deterministically
// (uscc/pattern, ring/member>member>…) so that a re-run updates them in place instead of adding copies.

CREATE CONSTRAINT fraud_flag_key IF NOT EXISTS
FOR (f:FraudFlag) REQUIRE f.key IS UNIQUE;

CREATE CONSTRAINT fraud_ring_key IF NOT EXISTS
FOR (r:FraudRing) REQUIRE r.key IS UNIQUE;

CREATE INDEX fraud_flag_pattern IF NOT EXISTS
FOR (f:FraudFlag) ON (f.pattern);

// A run sweeps away what earlier runs flagged and it did not: found by run.
CREATE INDEX fraud_flag_run IF NOT EXISTS
FOR (f:FraudFlag) ON (f.run);

CREATE INDEX fraud_ring_run IF NOT EXISTS
FOR (r:FraudRing) ON (r.run);
