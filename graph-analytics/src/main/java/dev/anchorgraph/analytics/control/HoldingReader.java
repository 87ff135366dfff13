package dev.anchorgraph.analytics.control;

import dev.anchorgraph.control.OwnershipGraph;
import dev.anchorgraph.control.OwnershipGraph.Holding;
import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Reads every {@code HOLDS_SHARES} into an {@link OwnershipGraph}, streamed: holders that are people, companies and
 * organisations without a USCC (docs/adr/0011) alike, each keyed as its label says. A holder without its key (never
 * written by the loader) is left out.
 */
final class HoldingReader {

    private static final String READ = """
            MATCH (h)-[s:HOLDS_SHARES]->(c:Company)
            WHERE h:Person OR h:Company OR h:Organisation
            WITH h, s, c, CASE WHEN h:Company THEN 'company' WHEN h:Person THEN 'person' ELSE 'organisation' END AS kind
            WITH h, s, c, kind, CASE kind WHEN 'company' THEN h.uscc WHEN 'person' THEN h.id ELSE h.key END AS key
            WHERE key IS NOT NULL
            RETURN kind, key, h.name AS name, c.uscc AS uscc, c.name AS firm, s.stake AS stake
            """;

    private final Neo4jConnection neo4j;

    HoldingReader(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
    }

    OwnershipGraph read() {
        var holdings = new ArrayList<Holding>();
        // one Party per holder and firm, however many holdings name it: a million firms' holdings stay small
        var parties = new HashMap<String, Party>();
        try (var s = neo4j.driver().session(neo4j.session())) {
            var result = s.run(READ);
            while (result.hasNext()) {
                var r = result.next();
                var stake = r.get("stake");
                var holder = new Party(
                        Kind.parse(r.get("kind").asString()), r.get("key").asString(), text(r.get("name")));
                var held = new Party(Kind.COMPANY, r.get("uscc").asString(), text(r.get("firm")));
                holdings.add(new Holding(
                        parties.computeIfAbsent(holder.id(), k -> holder),
                        parties.computeIfAbsent(held.id(), k -> held),
                        stake.isNull() ? null : stake.asDouble()));
            }
        }
        return OwnershipGraph.of(holdings);
    }

    private static String text(org.neo4j.driver.Value v) {
        return v.isNull() ? null : v.asString();
    }
}
