MATCH (k:ShellCluster) RETURN k.key AS key, k.members AS members, k.severity AS severity ORDER BY key
