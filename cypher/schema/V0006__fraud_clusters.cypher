// V0006: shell clusters (docs/risk-model.md, "Shell clusters"), keyed like rings so that a re-run updates them in
// place, and the founding-date index the cluster search starts from (young firms only).

CREATE CONSTRAINT shell_cluster_key IF NOT EXISTS
FOR (k:ShellCluster) REQUIRE k.key IS UNIQUE;

CREATE INDEX shell_cluster_run IF NOT EXISTS
FOR (k:ShellCluster) ON (k.run);

CREATE INDEX company_founded_on IF NOT EXISTS
FOR (c:Company) ON (c.foundedOn);
