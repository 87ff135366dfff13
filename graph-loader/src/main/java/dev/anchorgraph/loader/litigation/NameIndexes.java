package dev.anchorgraph.loader.litigation;

import dev.anchorgraph.loader.Neo4jConnection;
import dev.anchorgraph.loader.resolve.CompanyName;
import dev.anchorgraph.loader.resolve.CompanyNameIndex;
import java.util.ArrayList;

/** Builds the name index over every company in the graph, once per load that needs it. */
final class NameIndexes {

    private NameIndexes() {}

    static CompanyNameIndex fromGraph(Neo4jConnection neo4j) {
        var names = new ArrayList<CompanyName>();
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run("MATCH (c:Company) WHERE c.name IS NOT NULL RETURN c.uscc AS uscc, c.name AS name ORDER BY uscc")
                    .forEachRemaining(r -> names.add(new CompanyName(r.get("uscc").asString(), r.get("name").asString())));
        }
        return CompanyNameIndex.build(names);
    }
}
