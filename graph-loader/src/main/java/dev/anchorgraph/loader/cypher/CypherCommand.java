package dev.anchorgraph.loader.cypher;

import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.neo4j.SchemaMigrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code graph-loader cypher --file q.cypher --param anchor=9144…}: runs the statements of a Cypher file (the named
 * queries in cypher/queries, a benchmark's reference query) with parameters, each in its own auto-commit
 * transaction (so {@code CALL … IN TRANSACTIONS} works), and prints the rows, the counters and the time.
 */
@Command(
        name = "cypher",
        mixinStandardHelpOptions = true,
        description =
                "Runs the statements of a Cypher file with --param name=value parameters (strings; numbers with name:=value).")
public final class CypherCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Option(
            names = "--file",
            required = true,
            description = "The Cypher file; statements end with ';' at the end of a line.")
    Path file;

    @Option(names = "--param", description = "A parameter: name=text, or name:=number.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = "--max-rows",
            defaultValue = "20",
            description = "Rows printed per statement (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            throw new UserInputException("Cannot read " + file);
        }
        var out = spec.commandLine().getOut();
        var parameters = new LinkedHashMap<String, Object>();
        params.forEach((k, v) -> {
            if (k.endsWith(":")) {
                // not a conditional expression: that would promote the long to a double, and LIMIT refuses 5.0
                Object number;
                if (v.contains(".")) {
                    number = Double.parseDouble(v);
                } else {
                    number = Long.parseLong(v);
                }
                parameters.put(k.substring(0, k.length() - 1), number);
            } else {
                parameters.put(k, v);
            }
        });
        try (var neo4j = loader.connect(out);
                var s = neo4j.driver().session(neo4j.session())) {
            for (var statement : SchemaMigrations.Migration.statements(Files.readString(file))) {
                long t0 = System.nanoTime();
                var result = s.run(statement, parameters);
                int shown = 0;
                long rows = 0;
                while (result.hasNext()) {
                    var r = result.next();
                    if (shown++ < maxRows) {
                        out.println(r.asMap());
                    }
                    rows++;
                }
                var counters = result.consume().counters();
                out.printf(
                        Locale.ROOT,
                        "-- %,d row(s), %s in %.2f s%n",
                        rows,
                        counters.containsUpdates() ? counters : "no updates",
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        return 0;
    }
}
