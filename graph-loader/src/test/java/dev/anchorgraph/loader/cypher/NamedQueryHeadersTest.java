package dev.anchorgraph.loader.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every named query says what it is, what it takes and what it returns, in the header its runner reads. */
class NamedQueryHeadersTest {

    static List<NamedQuery> queries() {
        var all = NamedQuery.all();
        assertThat(all).isNotEmpty();
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theHeaderHasATitleWhatItShowsAndItsColumns(NamedQuery q) {
        assertThat(q.header()).containsKeys("Title", "Shows", "Columns");
        assertThat(q.header().get("Title")).isNotBlank();
        assertThat(q.header().get("Shows").length()).isGreaterThan(40);
        assertThat(q.columns()).isNotEmpty().doesNotContain("").doesNotHaveDuplicates();
        assertThat(q.statement()).startsWith("MATCH").doesNotContain(";");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theDeclaredParametersAreExactlyTheOnesTheStatementUses(NamedQuery q) {
        if (q.parameters().isEmpty()) {
            assertThat(q.header().get("Parameters")).isEqualTo("none");
        } else {
            assertThat(q.header()).doesNotContainKey("Parameters");
        }
        assertThat(q.usedParameters()).isEqualTo(new TreeSet<>(q.parameters()));
    }
}
