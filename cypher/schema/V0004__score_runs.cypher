// V0004: score runs are looked up by id (graph-service's risk cache follows the newest run).
CREATE INDEX score_run_id IF NOT EXISTS
FOR (r:ScoreRun) ON (r.id);
