// V0001: the core company / person / case / industry graph (docs/graph-model.md).
// Every statement is idempotent (IF NOT EXISTS), so a half-applied file can simply be applied again.

CREATE CONSTRAINT company_uscc IF NOT EXISTS
FOR (c:Company) REQUIRE c.uscc IS UNIQUE;

CREATE CONSTRAINT person_id IF NOT EXISTS
FOR (p:Person) REQUIRE p.id IS UNIQUE;

CREATE CONSTRAINT case_no IF NOT EXISTS
FOR (c:Case) REQUIRE c.caseNo IS UNIQUE;

CREATE CONSTRAINT industry_code IF NOT EXISTS
FOR (i:Industry) REQUIRE i.code IS UNIQUE;

// Chinese company names have no spaces between words: the CJK analyzer indexes overlapping bigrams,
// so 某某科技 matches 深圳市某某科技有限公司 and 某某科技（深圳）有限公司 alike.
CREATE FULLTEXT INDEX company_name IF NOT EXISTS
FOR (c:Company) ON EACH [c.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

CREATE INDEX company_scale IF NOT EXISTS
FOR (c:Company) ON (c.scale);

CREATE INDEX company_status IF NOT EXISTS
FOR (c:Company) ON (c.status);

CREATE INDEX case_kind IF NOT EXISTS
FOR (c:Case) ON (c.kind);
