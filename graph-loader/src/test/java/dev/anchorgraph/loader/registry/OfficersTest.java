package dev.anchorgraph.loader.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficersTest {

    @Test
    void aRegistryTitleIsMappedToOurRole() {
        assertThat(Officers.roles("董事长")).containsExactly("chairman");
        assertThat(Officers.roles("执行董事")).containsExactly("executive_director");
        assertThat(Officers.roles("财务负责人")).containsExactly("financial_officer");
        assertThat(Officers.roles("Legal Representative")).containsExactly("legal_representative");
    }

    @Test
    void aCombinedTitleIsEachOfItsRoles() {
        assertThat(Officers.roles("执行董事兼总经理")).containsExactly("executive_director", "general_manager");
        assertThat(Officers.roles("董事长兼总经理兼财务负责人")).containsExactly("chairman", "general_manager", "financial_officer");
        assertThat(Officers.roles("董事、副总经理")).containsExactly("director", "deputy_general_manager");
    }

    @Test
    void anUnknownTitleIsKeptAsWritten() {
        assertThat(Officers.roles("首席技术官")).containsExactly("首席技术官");
    }

    @Test
    void everyRoleOfAnOfficerIsItsOwnRelationshipWithTheTitleAsWritten() {
        assertThat(new Officers().write().cypher())
                .contains("MERGE (p)-[o:OFFICER_OF {role: row.role}]->(c)")
                .contains("SET o.title = row.title")
                .contains("MERGE (p)-[o2:OFFICER_OF {role: row.role2}]->(c)")
                .contains("MERGE (p)-[o3:OFFICER_OF {role: row.role3}]->(c)");
    }
}
