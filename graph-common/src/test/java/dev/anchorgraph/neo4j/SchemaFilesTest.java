package dev.anchorgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaFilesTest {

    @Test
    void theIndexListsEverySchemaFileInVersionOrder() throws IOException {
        try (var files = Files.list(Path.of("../cypher/schema"))) {
            var onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".cypher"))
                    .sorted()
                    .toList();
            var listed = SchemaMigrations.loadFromClasspath().stream()
                    .map(m -> "V%04d__%s.cypher"
                            .formatted(m.version(), m.description().replace(' ', '_')))
                    .toList();
            assertThat(listed).isEqualTo(onDisk);
        }
    }

    @Test
    void statementsAreSplitAtSemicolonsAndCommentsDropped() {
        var statements = SchemaMigrations.Migration.statements("""
                // a comment;
                CREATE CONSTRAINT a IF NOT EXISTS
                FOR (n:A) REQUIRE n.a IS UNIQUE;

                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b);
                """);
        assertThat(statements)
                .containsExactly(
                        "CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.a IS UNIQUE",
                        "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b)");
    }

    @Test
    void versionsStrictlyIncrease() {
        var versions = SchemaMigrations.loadFromClasspath().stream()
                .map(SchemaMigrations.Migration::version)
                .toList();
        assertThat(versions).isSorted().doesNotHaveDuplicates();
    }
}
