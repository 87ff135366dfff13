package dev.anchorgraph.service.browser;

import dev.anchorgraph.neo4j.NamedCypher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The anchorgraph guide for Neo4j Browser ({@code :play}): the slides in {@code cypher/browser/anchorgraph-guide.html}
 * with each {@code {{query:NAME}}} replaced by the named query {@code cypher/queries/NAME.cypher} (its header comment
 * left out, as {@link NamedCypher} reads it for the service too), so the guide runs exactly the files the tests run.
 * {@code {{base}}} becomes the address the guide was fetched from, for links back to this service (the style sheet).
 */
final class Guide {

    static final String PATH = "/guides/anchorgraph.html";
    static final String STYLE_PATH = "/guides/anchorgraph.grass";
    private static final Pattern QUERY = Pattern.compile("\\{\\{query:([a-z0-9-]+)}}");

    private final String html;
    private final List<String> queries;

    private Guide(String html, List<String> queries) {
        this.html = html;
        this.queries = List.copyOf(queries);
    }

    static Guide load() {
        var template = read("cypher/browser/anchorgraph-guide.html");
        var names = new ArrayList<String>();
        var filled = QUERY.matcher(template).replaceAll(m -> {
            names.add(m.group(1));
            return Matcher.quoteReplacement(HtmlUtils.htmlEscape(NamedCypher.statement(m.group(1))));
        });
        return new Guide(filled, names);
    }

    /** The guide for a service answering at {@code base} ({@code http://host:port}). */
    String render(URI base) {
        return html.replace("{{base}}", HtmlUtils.htmlEscape(base.toString()));
    }

    /** The named queries the guide shows, in order. */
    List<String> queries() {
        return queries;
    }

    static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + path + " on the classpath", e);
        }
    }
}
