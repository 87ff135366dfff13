// V0007: organisations without a USCC (foreign companies, funds, government bodies) that hold shares or are parties
// to a case, keyed by a registration number or by (jurisdiction, normalised name): docs/adr/0011. The full-text
// index lets search find them by name as it finds companies.

CREATE CONSTRAINT organisation_key IF NOT EXISTS
FOR (o:Organisation) REQUIRE o.key IS UNIQUE;

CREATE FULLTEXT INDEX organisation_name IF NOT EXISTS
FOR (o:Organisation) ON EACH [o.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
