// V0002: what graph-loader needs besides the core model: exactly-once progress, its settings, unresolved
// litigation parties, and the borrower label used to exclude existing borrowers from prospecting.

CREATE CONSTRAINT load_progress_key IF NOT EXISTS
FOR (p:LoadProgress) REQUIRE p.key IS UNIQUE;

CREATE CONSTRAINT loader_setting_name IF NOT EXISTS
FOR (s:LoaderSetting) REQUIRE s.name IS UNIQUE;

// A litigation party that could not be resolved to a company (or is a person): kept with its name, one node per
// case and name, never merged with anything on the strength of a name alone.
CREATE CONSTRAINT party_key IF NOT EXISTS
FOR (p:Party) REQUIRE p.key IS UNIQUE;

CREATE INDEX company_region IF NOT EXISTS
FOR (c:Company) ON (c.region);
