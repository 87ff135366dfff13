package dev.anchorgraph.loader.ingest;

import static dev.anchorgraph.loader.ingest.Write.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchorgraph.loader.graph.ImportGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One description, two meanings: the Cypher it renders, and what it does to a bulk load's graph. */
class WriteTest {

    final ImportGraph graph = new ImportGraph();

    /** An industry and its parent: names from the description, values only from the row. */
    static final Write INDUSTRY = Write.of(
            merge("i", "Industry", "code", "code"),
            set("i", prop("name"), prop("level")),
            ifPresent("parentCode", merge("p", "Industry", "code", "parentCode"), relate("i", "PART_OF", "p")));

    @Test
    void optionalStepsBecomeAUnitSubquerySoEveryRowIsCountedAfterAWithWhereCypherWantsOne() {
        assertThat(INDUSTRY.cypher()).isEqualTo("""
                UNWIND $rows AS row
                MERGE (i:Industry {code: row.code})
                SET i.name = row.name, i.level = row.level
                WITH *
                CALL (i, row) {
                  WITH * WHERE row.parentCode IS NOT NULL
                  MERGE (p:Industry {code: row.parentCode})
                  MERGE (i)-[:PART_OF]->(p)
                }
                RETURN count(*) AS written
                """);
    }

    @Test
    void appliedToAGraphItMergesSetsAndLinksAsTheCypherDoes() {
        INDUSTRY.apply(row("code", "C", "name", "制造业", "level", 1, "parentCode", null), graph);
        INDUSTRY.apply(row("code", "33", "name", "金属制品业", "level", 2, "parentCode", "C"), graph);
        INDUSTRY.apply(row("code", "33", "name", "金属制品业", "level", 2, "parentCode", "C"), graph);
        assertThat(graph.nodeCount()).isEqualTo(2);
        assertThat(graph.find("Industry", "33").properties())
                .isEqualTo(Map.of("code", "33", "name", "金属制品业", "level", 2));
        assertThat(relationships()).containsExactly("33-PART_OF->C");
    }

    @Test
    void aMatchMustFindItsNodeExceptInsideOptionalSteps() {
        var write = Write.of(
                match("c", "Company", "uscc", "uscc"),
                ifPresent("code", match("i", "Industry", "code", "code"), relate("c", "IN_INDUSTRY", "i")));
        assertThatThrownBy(() -> write.apply(row("uscc", "X", "code", "33"), graph))
                .hasMessageContaining("No Company X");
        graph.merge("Company", "uscc", "X");
        write.apply(row("uscc", "X", "code", "33"), graph);
        assertThat(relationships()).isEmpty();
    }

    @Test
    void linkOnlyKeepsOneLinkThatFollowsTheRowsKey() {
        var write = Write.of(
                merge("c", "Company", "uscc", "uscc"),
                setAll("c", "props"),
                linkOnly("c", "IN_INDUSTRY", "Industry", "code", "props.industryCode"));
        graph.merge("Industry", "code", "3311");
        graph.merge("Industry", "code", "5162");
        write.apply(row("uscc", "X", "props", row("name", "甲", "industryCode", "3311")), graph);
        write.apply(row("uscc", "X", "props", row("name", "甲", "industryCode", "5162")), graph);
        assertThat(relationships()).containsExactly("X-IN_INDUSTRY->5162");
        write.apply(row("uscc", "X", "props", row("name", null, "industryCode", "9999")), graph);
        assertThat(relationships()).isEmpty();
        assertThat(graph.find("Company", "X").properties()).isEqualTo(Map.of("uscc", "X", "industryCode", "9999"));
    }

    @Test
    void oneOfBindsByTheAlternativeTheRowHasAndNeedsExactlyOne() {
        var write = Write.of(
                oneOf(
                        "h",
                        when("personId", merge("h", "Person", "id", "personId")),
                        when("companyUscc", merge("h", "Company", "uscc", "companyUscc", prop("source")))),
                label("h", "Holder"));
        write.apply(row("personId", "P1", "companyUscc", null, "source", "s"), graph);
        write.apply(row("personId", null, "companyUscc", "X", "source", "s"), graph);
        assertThat(graph.find("Person", "P1").labels()).containsExactly("Person", "Holder");
        assertThat(graph.find("Company", "X").properties()).isEqualTo(Map.of("uscc", "X", "source", "s"));
        assertThatThrownBy(() -> write.apply(row("personId", "P2", "companyUscc", "Y"), graph))
                .hasMessageContaining("[personId, companyUscc]");
    }

    @Test
    void countsAreAddedElementWiseAndARelationshipsPropertiesReplaced() {
        var write = Write.of(
                match("s", "Company", "uscc", "seller"),
                match("b", "Company", "uscc", "buyer"),
                relate("t", "s", "SUPPLIES", "b"),
                replace("t", "props"),
                ifPresent("digits", addCounts("s", "digits", "digits")));
        graph.merge("Company", "uscc", "A").set("digits", List.of(1L, 0L, 2L));
        graph.merge("Company", "uscc", "B");
        write.apply(
                row("seller", "A", "buyer", "B", "props", row("amount", 1.0, "count", 1L), "digits", new int[] {1, 1, 1
                }),
                graph);
        write.apply(row("seller", "A", "buyer", "B", "props", row("amount", 2.0), "digits", null), graph);
        assertThat(graph.find("Company", "A").get("digits")).isEqualTo(List.of(2L, 1L, 3L));
        var supplies = new ArrayList<Map<String, Object>>();
        graph.relationships().forEachRemaining(r -> supplies.add(r.properties()));
        assertThat(supplies).containsExactly(Map.of("amount", 2.0));
        assertThat(write.cypher()).contains("""
                SET t = row.props
                WITH *
                CALL (s, b, t, row) {
                  WITH * WHERE row.digits IS NOT NULL
                  SET s.digits = [d IN range(0, size(row.digits) - 1) | coalesce(s.digits[d], 0) + row.digits[d]]
                }
                """);
    }

    @Test
    void onlyIdentifiersBecomeCypherText() {
        assertThatThrownBy(() -> match("c", "Company", "uscc}) DETACH DELETE c //", "uscc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> prop("name", "props..name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> Write.of(match("row", "Company", "uscc", "uscc")).cypher())
                .hasMessageContaining("variable of the rendering");
    }

    private List<String> relationships() {
        var result = new ArrayList<String>();
        graph.relationships().forEachRemaining(r -> result.add(key(r.start()) + "-" + r.type() + "->" + key(r.end())));
        return result;
    }

    private static Object key(ImportGraph.Node n) {
        return n.properties().getOrDefault("code", n.get("uscc"));
    }

    /** A row as the loader makes them: a HashMap, since values may be null. */
    private static Map<String, Object> row(Object... keysAndValues) {
        var row = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
