package dev.anchorgraph.loader.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportGraphTest {

    final ImportGraph graph = new ImportGraph();

    @Test
    void mergingTheSameKeyTwiceGivesTheSameNodeWithItsKeyAsAProperty() {
        var a = graph.merge("Company", "uscc", "X1");
        var b = graph.merge("Company", "uscc", "X1");
        assertThat(b).isSameAs(a);
        assertThat(a.properties()).isEqualTo(Map.of("uscc", "X1"));
        assertThat(graph.nodeCount()).isEqualTo(1);
        assertThat(graph.keys("Company")).containsExactly("X1");
    }

    @Test
    void settingNullRemovesAPropertyAsCypherSetDoes() {
        var n = graph.merge("Company", "uscc", "X1");
        n.setAll(Map.of("name", "甲", "scale", "small"));
        var update = new HashMap<String, Object>();
        update.put("scale", null);
        n.setAll(update);
        assertThat(n.properties()).isEqualTo(Map.of("uscc", "X1", "name", "甲"));
    }

    @Test
    void aRelationshipIsMergedPerTypeKeyAndEnd() {
        var p = graph.merge("Person", "id", "P1");
        var c = graph.merge("Company", "uscc", "X1");
        var director = graph.merge(p, "OFFICER_OF", c, Map.of("role", "director"));
        assertThat(graph.merge(p, "OFFICER_OF", c, Map.of("role", "director"))).isSameAs(director);
        graph.merge(p, "OFFICER_OF", c, Map.of("role", "supervisor"));
        graph.merge(p, "HOLDS_SHARES", c).set("stake", 0.5);
        assertThat(relationships())
                .extracting(r -> r.type() + r.properties())
                .containsExactlyInAnyOrder(
                        "OFFICER_OF{role=director}", "OFFICER_OF{role=supervisor}", "HOLDS_SHARES{stake=0.5}");
    }

    @Test
    void deletingOutgoingRelationshipsKeepsThoseToOtherEnds() {
        var c = graph.merge("Company", "uscc", "X1");
        var old = graph.merge("Industry", "code", "3311");
        var kept = graph.merge("Industry", "code", "5162");
        graph.merge(c, "IN_INDUSTRY", old);
        graph.merge(c, "IN_INDUSTRY", kept);
        c.deleteOutgoing("IN_INDUSTRY", i -> "3311".equals(i.get("code")));
        assertThat(relationships()).extracting(r -> r.end().get("code")).containsExactly("5162");
    }

    @Test
    void streamedRelationshipsAreMadeEachTimeTheyAreReadAndLeaveNullsOut() {
        var a = graph.merge("Company", "uscc", "A");
        var b = graph.merge("Company", "uscc", "B");
        var props = new HashMap<String, Object>();
        props.put("amount", 10.0);
        props.put("firstOn", null);
        graph.stream(
                "SUPPLIES",
                () -> List.of(new ImportGraph.Relationship(a, "SUPPLIES", b, props))
                        .iterator());
        assertThat(relationships())
                .hasSize(1)
                .first()
                .extracting(ImportGraph.Relationship::properties)
                .isEqualTo(Map.of("amount", 10.0));
        assertThat(relationships()).hasSize(1);
    }

    @Test
    void matchingAnUnknownNodeFails() {
        assertThat(graph.find("Company", "nope")).isNull();
        assertThatThrownBy(() -> graph.match("Company", "nope")).hasMessageContaining("No Company nope");
    }

    private List<ImportGraph.Relationship> relationships() {
        var all = new ArrayList<ImportGraph.Relationship>();
        graph.relationships().forEachRemaining(all::add);
        return all;
    }
}
