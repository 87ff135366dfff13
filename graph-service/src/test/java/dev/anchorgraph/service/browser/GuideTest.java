package dev.anchorgraph.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.neo4j.NamedCypher;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class GuideTest {

    private final Guide guide = Guide.load();

    @Test
    void theGuideShowsEachNamedQueryItUsesWithoutItsHeader() {
        assertThat(guide.queries())
                .contains("anchors", "anchor-chain", "firm-network", "firm-chain", "rings", "shell-clusters");
        var html = guide.render(URI.create("http://localhost:8080"));
        assertThat(html).doesNotContain("{{");
        for (var name : guide.queries()) {
            var body = NamedCypher.statement(name);
            assertThat(body).doesNotContain("// Title");
            assertThat(html).contains(HtmlUtils.htmlEscape(body));
        }
    }

    @Test
    void theGuideLinksBackToTheAddressItWasFetchedFrom() {
        var html = guide.render(URI.create("http://analyst-pc:18080"));
        assertThat(html)
                .contains(":style http://analyst-pc:18080/guides/anchorgraph.grass")
                .doesNotContain("{{base}}");
    }
}
