package dev.anchorgraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of cypher/README.md, "Where Cypher lives": a query used in more than one place (the service, the Browser
 * guide, {@code graph-loader cypher --file}, benchmarks) is a file of {@code cypher/queries/}, loaded with
 * {@code NamedCypher.statement(name)}; only single-use statements are Java text blocks. A text block in the main
 * sources of any module that is a copy of a named query, or one drifting from it (same opening line, and at least
 * half of the file's columns in its last RETURN), is a second version of that query.
 */
class OneHomeForCypherTest {

    private static final Path ROOT = Path.of("..");
    private static final Path QUERIES = ROOT.resolve("cypher/queries");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\R(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern COLUMNS = Pattern.compile("^// Columns: (.*(?:\\R// {2}.*)*)", Pattern.MULTILINE);

    record NamedQuery(String name, String text, List<String> columns) {}

    record TextBlock(Path file, String cypher) {}

    @Test
    void noTextBlockInTheMainSourcesIsASecondVersionOfANamedQuery() {
        var queries = namedQueries();
        var blocks = textBlocks();
        assertThat(queries).isNotEmpty();
        assertThat(blocks).hasSizeGreaterThan(50);
        var twins = new ArrayList<String>();
        for (var block : blocks) {
            for (var query : queries) {
                if (twins(block.cypher(), query)) {
                    twins.add(block.file() + " has a text block that is a version of cypher/queries/" + query.name()
                            + ".cypher: run the file instead, NamedCypher.statement(\"" + query.name() + "\")");
                }
            }
        }
        assertThat(twins)
                .as("queries used in more than one place live in cypher/queries/ (cypher/README.md)")
                .isEmpty();
    }

    @Test
    void aCopyOfANamedQueryIsFoundEvenIfItsLayoutDiffers() {
        var query =
                new NamedQuery("q", "MATCH (a:Anchor)\nRETURN a.uscc AS uscc, a.name AS name", List.of("uscc", "name"));
        assertThat(twins("  MATCH (a:Anchor)\n    RETURN a.uscc AS uscc,\n  a.name AS name;\n", query))
                .isTrue();
    }

    @Test
    void aDriftedCopyIsFoundByItsOpeningLineAndColumns() {
        var query = new NamedQuery(
                "q",
                "MATCH (a:Anchor)\nRETURN a.uscc AS uscc, a.name AS name, a.program AS program",
                List.of("uscc", "name", "program"));
        assertThat(twins("MATCH (a:Anchor)\nWHERE a.name IS NOT NULL\nRETURN a.uscc AS uscc, a.name AS name", query))
                .isTrue();
        assertThat(twins("MATCH (a:Anchor)\nRETURN a.uscc AS key, count(*) AS n", query))
                .as("another query that starts alike")
                .isFalse();
    }

    /** The same statement as the file, or the same opening line and at least half of its columns at the end. */
    static boolean twins(String cypher, NamedQuery query) {
        var block = normalised(cypher);
        var file = normalised(query.text());
        if (block.equals(file)) {
            return true;
        }
        if (!firstLine(cypher).equals(firstLine(query.text()))) {
            return false;
        }
        var lastReturn = block.substring(Math.max(0, block.lastIndexOf("RETURN ")));
        long shared = query.columns().stream()
                .filter(c -> Pattern.compile("\\b" + Pattern.quote(c) + "\\b")
                        .matcher(lastReturn)
                        .find())
                .count();
        return lastReturn.startsWith("RETURN ") && shared * 2 >= query.columns().size();
    }

    /** Comment lines dropped, white space collapsed, no closing semicolon. */
    static String normalised(String cypher) {
        return String.join(" ", statementLines(cypher)).replaceAll("\\s+", " ").replaceAll(" ?;$", "");
    }

    private static String firstLine(String cypher) {
        var lines = statementLines(cypher);
        return lines.isEmpty() ? "" : lines.getFirst().replaceAll("\\s+", " ");
    }

    private static List<String> statementLines(String cypher) {
        return cypher.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .toList();
    }

    static List<NamedQuery> namedQueries() {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".cypher"))
                    .sorted()
                    .map(f -> {
                        var text = read(f);
                        var columns = COLUMNS.matcher(text);
                        assertThat(columns.find()).as(f + " names its columns").isTrue();
                        return new NamedQuery(
                                f.getFileName().toString().replace(".cypher", ""),
                                text,
                                Arrays.stream(columns.group(1)
                                                .replaceAll("\\R//\\s*", " ")
                                                .split(","))
                                        .map(String::strip)
                                        .toList());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TextBlock> textBlocks() {
        var blocks = new ArrayList<TextBlock>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (var main : modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> sources = Files.walk(main)) {
                    sources.filter(f -> f.toString().endsWith(".java"))
                            .forEach(f -> TEXT_BLOCK
                                    .matcher(read(f))
                                    .results()
                                    .forEach(m -> blocks.add(new TextBlock(ROOT.relativize(f), m.group(1)))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
