package dev.anchorgraph.analytics.score;

import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every firm's chains to every anchor and writes them as {@code (:Company)-[:CHAIN_TO]->(:Anchor)}.
 *
 * <p>For one anchor and one direction, the neighbourhood is read by {@link AnchorNeighbourhood} (upstream the sellers
 * to the anchor, then the sellers to those, …; downstream the buyers): every direct partner of the anchor, deeper
 * levels bounded and what the bounds left out counted. {@link ChainStrength} then finds each firm's strongest chain in
 * it. The counts are stored on the anchor ({@code upstreamLinksNotFollowed}, {@code upstreamFirmsLeftOut}, and the
 * same downstream) so the anchor's view can say what its chain does not show.
 */
final class ChainFinder {

    /** A firm y of the frontier, its partners x beyond the first {@code $breadth} counted in {@code more}. */
    private static final String UPSTREAM = """
            UNWIND $frontier AS f
            MATCH (y:Company {uscc: f})<-[s:SUPPLIES]-(x:Company)
            WHERE s.amount12 > 0 AND x.sales12 > 0
            WITH y, x, s ORDER BY s.amount12 DESC, x.uscc
            WITH y, collect({x: x.uscc, share: s.amount12 / x.sales12}) AS partners
            WITH y, partners[..$breadth] AS top, size(partners) - size(partners[..$breadth]) AS more
            UNWIND range(0, size(top) - 1) AS i
            RETURN y.uscc AS y, top[i].x AS x, top[i].share AS share, CASE i WHEN 0 THEN more ELSE 0 END AS more
            """;

    private static final String DOWNSTREAM = """
            UNWIND $frontier AS f
            MATCH (y:Company {uscc: f})-[s:SUPPLIES]->(x:Company)
            WHERE s.amount12 > 0 AND x.purchases12 > 0
            WITH y, x, s ORDER BY s.amount12 DESC, x.uscc
            WITH y, collect({x: x.uscc, share: s.amount12 / x.purchases12}) AS partners
            WITH y, partners[..$breadth] AS top, size(partners) - size(partners[..$breadth]) AS more
            UNWIND range(0, size(top) - 1) AS i
            RETURN y.uscc AS y, top[i].x AS x, top[i].share AS share, CASE i WHEN 0 THEN more ELSE 0 END AS more
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (c:Company {uscc: row.firm})
            MATCH (a:Company {uscc: row.anchor})
            CREATE (c)-[:CHAIN_TO {direction: row.direction, hops: row.hops, strength: row.strength,
                                   path: row.path, shares: row.shares}]->(a)
            """;

    private static final String COVERAGE = """
            MATCH (a:Anchor {uscc: $anchor})
            SET a.chainBreadth = $breadth, a.chainMaxFirms = $maxFirms,
                a.upstreamLinksNotFollowed = $up.linksNotFollowed, a.upstreamFirmsLeftOut = $up.firmsLeftOut,
                a.downstreamLinksNotFollowed = $down.linksNotFollowed, a.downstreamFirmsLeftOut = $down.firmsLeftOut
            """;

    /** Totals over all anchors and both directions. */
    record Summary(long chains, long tier1, long linksNotFollowed, long firmsLeftOut) {}

    private final Neo4jConnection neo4j;
    private final int breadth;
    private final int maxFirms;

    ChainFinder(Neo4jConnection neo4j) {
        this(neo4j, AnchorNeighbourhood.DEFAULT_BREADTH, AnchorNeighbourhood.DEFAULT_MAX_FIRMS);
    }

    /** With bounds of the caller's own (tests make them small). */
    ChainFinder(Neo4jConnection neo4j, int breadth, int maxFirms) {
        this.neo4j = neo4j;
        this.breadth = breadth;
        this.maxFirms = maxFirms;
    }

    Summary run() {
        List<String> anchors;
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run("MATCH ()-[r:CHAIN_TO]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
            anchors = s.run("MATCH (a:Anchor) RETURN a.uscc AS uscc ORDER BY uscc")
                    .list(r -> r.get("uscc").asString());
        }
        var neighbourhoods = new AnchorNeighbourhood(neo4j, breadth, maxFirms);
        var total = new Summary(0, 0, 0, 0);
        for (var anchor : anchors) {
            var up = neighbourhoods.read(anchor, UPSTREAM);
            var down = neighbourhoods.read(anchor, DOWNSTREAM);
            long written = write(anchor, "upstream", up) + write(anchor, "downstream", down);
            try (var s = neo4j.driver().session(neo4j.session())) {
                s.executeWriteWithoutResult(tx -> tx.run(
                                COVERAGE,
                                Map.of(
                                        "anchor",
                                        anchor,
                                        "breadth",
                                        breadth,
                                        "maxFirms",
                                        maxFirms,
                                        "up",
                                        counts(up.coverage()),
                                        "down",
                                        counts(down.coverage())))
                        .consume());
            }
            total = new Summary(
                    total.chains() + written,
                    total.tier1() + up.coverage().tier1() + down.coverage().tier1(),
                    total.linksNotFollowed()
                            + up.coverage().linksNotFollowed()
                            + down.coverage().linksNotFollowed(),
                    total.firmsLeftOut()
                            + up.coverage().firmsLeftOut()
                            + down.coverage().firmsLeftOut());
        }
        return total;
    }

    private static Map<String, Object> counts(AnchorNeighbourhood.Coverage c) {
        return Map.of("linksNotFollowed", c.linksNotFollowed(), "firmsLeftOut", c.firmsLeftOut());
    }

    private long write(String anchor, String direction, AnchorNeighbourhood.Result neighbourhood) {
        var graph = neighbourhood.graph();
        var chains = new ChainStrength<>(graph, anchor, ChainStrength.DEFAULT_MAX_HOPS);
        var rows = new ArrayList<Map<String, Object>>();
        for (var firm : graph.vertexSet().stream().sorted().toList()) {
            chains.chain(firm)
                    .ifPresent(c -> rows.add(Map.of(
                            "firm",
                            firm,
                            "anchor",
                            anchor,
                            "direction",
                            direction,
                            "hops",
                            c.hops(),
                            "strength",
                            c.strength(),
                            "path",
                            c.path(),
                            "shares",
                            c.hopShares())));
        }
        try (var s = neo4j.driver().session(neo4j.session())) {
            for (int i = 0; i < rows.size(); i += 5000) {
                var batch = rows.subList(i, Math.min(rows.size(), i + 5000));
                s.executeWriteWithoutResult(
                        tx -> tx.run(WRITE, Map.of("rows", batch)).consume());
            }
        }
        return rows.size();
    }
}
