// V0010: the lists of firms users keep (docs/monitoring.md, Watchlists): one (:Watchlist) per user, keyed by the
// user's name as the service authenticates it; (:Watchlist)-[:WATCHES {addedAt}]->(:Company). Watched firms are
// monitored like borrowers, and a user can list the alerts on the firms of their own list.
CREATE CONSTRAINT watchlist_owner IF NOT EXISTS
FOR (w:Watchlist) REQUIRE w.owner IS UNIQUE;
