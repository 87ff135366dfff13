package dev.anchorgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationsIT {

    private final TestNeo4j.Instance neo4j = TestNeo4j.get();

    @Test
    void theSchemaIsAppliedOnceAndASecondRunFindsItAllApplied() {
        var again = new SchemaMigrations(neo4j.driver(), neo4j.settings().sessionConfig()).apply();
        assertThat(again.applied()).isEmpty();
        assertThat(again.alreadyApplied()).contains(1);
    }

    @Test
    void theCoreConstraintsAndTheFullTextIndexExist() {
        try (var s = neo4j.driver().session(neo4j.settings().sessionConfig())) {
            var constraints = s.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .single()
                    .get("names")
                    .asList(org.neo4j.driver.Value::asString);
            assertThat(constraints).contains("company_uscc", "person_id", "case_no", "industry_code");
            var analyzer = s.run("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'company_name' "
                            + "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer")
                    .single()
                    .get("analyzer")
                    .asString();
            assertThat(analyzer).isEqualTo("cjk");
        }
    }

    @Test
    void aMigrationEditedAfterItWasAppliedIsRefused() {
        var edited = SchemaMigrations.Migration.parse(
                "V0001__core_graph.cypher", "CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.x);");
        var migrations = new SchemaMigrations(neo4j.driver(), neo4j.settings().sessionConfig(), List.of(edited));
        assertThatThrownBy(migrations::apply).hasMessageContaining("changed after it was applied");
    }
}
