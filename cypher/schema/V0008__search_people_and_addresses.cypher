// V0008: search finds a firm by its legal representative's name or by its address, as relationship managers look
// for a firm they met (issue 20): full-text indexes with the CJK analyzer, like company_name.

CREATE FULLTEXT INDEX person_name IF NOT EXISTS
FOR (p:Person) ON EACH [p.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

CREATE FULLTEXT INDEX company_address IF NOT EXISTS
FOR (c:Company) ON EACH [c.address]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
