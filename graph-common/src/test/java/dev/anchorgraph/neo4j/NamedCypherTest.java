package dev.anchorgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NamedCypherTest {

    @Test
    void theHeaderIsTheLeadingCommentBlockAndTheClosingSemicolonIsDropped() {
        assertThat(NamedCypher.body(
                        "// Title: x\n// Shows: y\n//   more\n\nMATCH (n)\n// a comment inside\nRETURN n;\n"))
                .isEqualTo("MATCH (n)\n// a comment inside\nRETURN n");
    }

    @Test
    void everyFileOfTheQueriesFolderIsOnTheClasspathAsItsStatement() throws IOException {
        try (var files = Files.list(Path.of("../cypher/queries"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
                var name = file.getFileName().toString().replace(".cypher", "");
                assertThat(NamedCypher.statement(name))
                        .as(name)
                        .isEqualTo(NamedCypher.body(Files.readString(file)))
                        .startsWith("MATCH")
                        .doesNotContain("// Title");
            }
        }
    }

    @Test
    void aMissingFileFailsWithItsPath() {
        assertThatThrownBy(() -> NamedCypher.statement("no-such-query"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cypher/queries/no-such-query.cypher");
    }

    @Test
    void aNameIsNotAPath() {
        assertThatThrownBy(() -> NamedCypher.statement("../schema/INDEX")).isInstanceOf(IllegalArgumentException.class);
    }
}
