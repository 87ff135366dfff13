package dev.anchorgraph.loader.industry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.GraphLoader;
import dev.anchorgraph.neo4j.TestNeo4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LoadIndustriesIT {

    private static final TestNeo4j.Instance neo4j = TestNeo4j.get();

    @BeforeAll
    static void clean() {
        TestNeo4j.clear();
    }

    @Test
    void theBundledClassificationIsLoadedAsAHierarchyAndReloadingChangesNothing() {
        for (int run = 0; run < 2; run++) {
            var out = new StringWriter();
            var exit = GraphLoader.commandLine(neo4j.settings())
                    .setOut(new PrintWriter(out))
                    .execute("load-industries");
            assertThat(exit).isZero();
            assertThat(out.toString()).contains("Loaded 1971 industries");
        }
        try (var s = neo4j.driver().session(neo4j.settings().sessionConfig())) {
            var counts = s.run("""
                    MATCH (i:Industry) WITH count(i) AS industries
                    MATCH (:Industry)-[p:PART_OF]->(:Industry) WITH industries, count(p) AS links
                    MATCH path = (:Industry {code: '6513'})-[:PART_OF*3]->(section:Industry {level: 1})
                    RETURN industries, links, section.code AS section
                    """).single();
            assertThat(counts.get("industries").asInt()).isEqualTo(1971);
            assertThat(counts.get("links").asInt()).isEqualTo(1971 - 20);
            assertThat(counts.get("section").asString()).isEqualTo("I");
        }
    }
}
