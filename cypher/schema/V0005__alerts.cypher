// V0005: monitoring alerts (docs/monitoring.md). An alert's key names what it is about (firm, type, subject), so a
// re-run on the same data finds it and adds nothing; seq orders alerts for the API and the event stream.
CREATE CONSTRAINT alert_key IF NOT EXISTS
FOR (a:Alert) REQUIRE a.key IS UNIQUE;

CREATE CONSTRAINT alert_id IF NOT EXISTS
FOR (a:Alert) REQUIRE a.id IS UNIQUE;

CREATE CONSTRAINT alert_seq IF NOT EXISTS
FOR (a:Alert) REQUIRE a.seq IS UNIQUE;

CREATE INDEX alert_uscc IF NOT EXISTS
FOR (a:Alert) ON (a.uscc);
