package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.analytics.fraud.PatternIsolation;
import dev.anchorgraph.analytics.score.ScoreCommand;
import dev.anchorgraph.analytics.score.ScoreStep;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.risk.RiskModel;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What follows the import tool, on the running database: the schema (applied when the connection opens, as for
 * every command), the empty lists the import format could not carry ({@link ImportCsv}), then the score step.
 */
final class BulkFinish {

    /** {@code _emptyLists} is {@link ImportCsv#EMPTY_LISTS}; {@code $labels}: where to look. */
    private static final String NODES = """
            MATCH (n:$any($labels)) WHERE n._emptyLists IS NOT NULL
            CALL (n) { FOREACH (p IN n._emptyLists | SET n[p] = []) REMOVE n._emptyLists } IN TRANSACTIONS OF 10000 ROWS
            RETURN count(*) AS fixed
            """;

    private static final String RELATIONSHIPS = """
            MATCH ()-[r:$any($types)]->() WHERE r._emptyLists IS NOT NULL
            CALL (r) { FOREACH (p IN r._emptyLists | SET r[p] = []) REMOVE r._emptyLists } IN TRANSACTIONS OF 10000 ROWS
            RETURN count(*) AS fixed
            """;

    private BulkFinish() {}

    /**
     * @param written the import files, when this process wrote them: their node kinds and relationship types with
     *                empty lists are where to look; {@code null}: look at every label and type
     */
    /** @return the exit code: 0, or {@link dev.anchorgraph.cli.ExitCode#WARNINGS} when a fraud pattern failed */
    static int run(
            Neo4jConnection neo4j,
            ImportCsv.Written written,
            boolean score,
            LocalDate asOf,
            PatternIsolation patterns,
            PrintWriter out) {
        var clock = new Stopwatch();
        long fixed;
        try (var s = neo4j.driver().session(neo4j.session())) {
            var kinds = written != null
                    ? List.copyOf(written.emptyListKinds())
                    : s.run("CALL db.labels() YIELD label RETURN collect(label) AS all")
                            .single()
                            .get("all")
                            .asList();
            var types = written != null
                    ? List.copyOf(written.emptyListTypes())
                    : s.run(
                                    "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS all")
                            .single()
                            .get("all")
                            .asList();
            fixed = s.run(NODES, Map.of("labels", kinds)).single().get("fixed").asLong()
                    + s.run(RELATIONSHIPS, Map.of("types", types))
                            .single()
                            .get("fixed")
                            .asLong();
        }
        out.printf(Locale.ROOT, "Empty lists restored on %,d nodes and relationships in %s.%n", fixed, clock.lap());
        out.flush();
        return score
                ? ScoreCommand.print(new ScoreStep(neo4j, RiskModel.current(), out, 2000, patterns).run(asOf), out)
                : 0;
    }
}
