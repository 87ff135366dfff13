// V0009: groups of firms under one actual controller (docs/adr/0014, docs/ownership.md): the score step stores
// groupId on each member company; the group's members are looked up by it.

CREATE INDEX company_group_id IF NOT EXISTS
FOR (c:Company) ON (c.groupId);
