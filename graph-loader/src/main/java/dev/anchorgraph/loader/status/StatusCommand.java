package dev.anchorgraph.loader.status;

import dev.anchorgraph.cli.Connector;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shows what the database holds: schema migrations, constraints and indexes, and node counts by label. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Shows the connection, the applied schema migrations, constraints, indexes and node counts.")
public final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var neo4j = loader.connect(out);
                var s = neo4j.driver().session(neo4j.session())) {
            out.println("Schema migrations:");
            s.run("MATCH (m:SchemaMigration) RETURN m.version AS v, m.description AS d, toString(m.appliedAt) AS at "
                            + "ORDER BY v")
                    .forEachRemaining(r -> out.printf(
                            Locale.ROOT,
                            "  V%04d %-30s applied %s%n",
                            r.get("v").asInt(),
                            r.get("d").asString(),
                            r.get("at").asString()));
            out.println("Constraints:");
            s.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties "
                            + "ORDER BY name")
                    .forEachRemaining(r -> out.printf(
                            Locale.ROOT,
                            "  %-28s %s %s%n",
                            r.get("name").asString(),
                            r.get("labelsOrTypes").asList(),
                            r.get("properties").asList()));
            out.println("Indexes:");
            s.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state WHERE type <> 'LOOKUP' "
                            + "RETURN name, type, labelsOrTypes, properties, state ORDER BY name")
                    .forEachRemaining(r -> out.printf(
                            Locale.ROOT,
                            "  %-28s %-9s %s %s %s%n",
                            r.get("name").asString(),
                            r.get("type").asString(),
                            r.get("labelsOrTypes").asList(),
                            r.get("properties").asList(),
                            r.get("state").asString()));
            out.println("Nodes:");
            s.run(
                            "CALL db.labels() YIELD label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n } "
                                    + "RETURN label, n ORDER BY label")
                    .forEachRemaining(r -> out.printf(
                            Locale.ROOT,
                            "  %-20s %,d%n",
                            r.get("label").asString(),
                            r.get("n").asLong()));
        }
        return 0;
    }
}
