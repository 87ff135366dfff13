package dev.anchorgraph.control;

import static dev.anchorgraph.control.ControlFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupsTest {

    static Groups groups(OwnershipGraph g) {
        var controllers = new ActualController(g);
        var firms = List.of(HQ1, HQ2, OP3, RB4, LG5, PT6, BM7).stream()
                .map(f -> controllers.of(f.key()))
                .toList();
        return Groups.of(firms);
    }

    @Test
    void theSixFirmsUnderTheOverseasParentAreOneGroupWithAStableId() {
        var groups = groups(graph());
        assertThat(groups.groups()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo("Gc786957f35266d49");
            assertThat(g.controller()).isEqualTo(KY);
            assertThat(g.members()).containsExactly(HQ1, HQ2, LG5, PT6, BM7, RB4);
            assertThat(g.size()).isEqualTo(6);
        });
        assertThat(groups.of(BM7.key())).isPresent();
        // the Hong Kong company controls only the operator: no group
        assertThat(groups.of(OP3.key())).isEmpty();
    }

    @Test
    void aCompanyControllerIsItsGroupsParentAndNoControlNoGroup() {
        var parent = company("P", "母公司");
        var a = company("A", "子公司");
        var groups = new Groups(Map.of(a, parent));
        assertThat(groups.groups())
                .singleElement()
                .satisfies(g -> assertThat(g.members()).containsExactly(a, parent));
        assertThat(groups.of("P")).isPresent();
        assertThat(new Groups(Map.of()).groups()).isEmpty();
        assertThat(new Groups(Map.of(a, person("X", "某人"))).groups()).isEmpty();
    }

    @Test
    void theIdDependsOnTheControllersKindAndKeyOnly() {
        assertThat(Groups.id(org("reg/HK/2345678", "one name"))).isEqualTo(Groups.id(org("reg/HK/2345678", "other")));
        assertThat(Groups.id(company("X", null))).isNotEqualTo(Groups.id(person("X", null)));
    }
}
