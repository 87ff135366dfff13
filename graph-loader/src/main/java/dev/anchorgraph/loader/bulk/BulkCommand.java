package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.analytics.fraud.PatternIsolation;
import dev.anchorgraph.analytics.fraud.PatternOptions;
import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.loader.load.LoadArguments;
import dev.anchorgraph.loader.load.LoadOptions;
import dev.anchorgraph.loader.load.Loader;
import dev.anchorgraph.loader.load.ReportWriter;
import dev.anchorgraph.neo4j.Neo4jConnection;
import dev.anchorgraph.neo4j.Neo4jSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neo4j.io.ByteUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code graph-loader bulk}: the initial load of an empty database through Neo4j's import tool. Files are validated,
 * resolved and aggregated exactly as by {@code load} (same report, same rejects); the graph is then built in memory
 * and written as the import tool's CSV, instead of in Cypher transactions.
 */
@Command(
        name = "bulk",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Initial load of an EMPTY database through Neo4j's import tool: validates like `load`, then "
                    + "either imports into an embedded store (--store), applies the schema and scores, or writes the import "
                    + "files and the neo4j-admin command for a server (--emit-import-csv). Daily files then go through `load`.",
            "Exit code 0: loaded; 2: stopped (see the report) or refused; 4: loaded, scored with warnings (a fraud "
                    + "pattern failed; see the report)."
        })
public final class BulkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(
                names = "--store",
                required = true,
                paramLabel = "DIR",
                description =
                        "Embedded store to create (graph-service then runs with --anchorgraph.embedded.data-dir=DIR). "
                                + "Must be new or hold no graph, and no process may have it open.")
        Path store;

        @Option(
                names = "--emit-import-csv",
                required = true,
                paramLabel = "DIR",
                description =
                        "Folder (new or empty) for the import files and the neo4j-admin command, for a Neo4j server.")
        Path emit;
    }

    @Mixin
    LoadArguments arguments;

    @Option(
            names = "--page-cache",
            defaultValue = "512MB",
            paramLabel = "SIZE",
            description =
                    "With --store: page cache of the database the loader starts for the schema and score step (default: ${DEFAULT-VALUE}).")
    String pageCache;

    @Option(
            names = "--keep-import-csv",
            description = "With --store: keep the import files (in <report-dir>/import-csv).")
    boolean keepCsv;

    @Mixin
    PatternOptions patterns;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var options = arguments.options(spec, 1);
        var isolation = patterns.isolation(); // a bad --pattern-budget is refused now, not after the import
        return destination.store != null
                ? intoStore(new EmbeddedStore(destination.store), options, isolation, out)
                : emit(destination.emit, options, out);
    }

    private int intoStore(EmbeddedStore store, LoadOptions options, PatternIsolation isolation, PrintWriter out) {
        ImportTool.requireOpenNio();
        long pageCacheBytes = ByteUnit.parse(pageCache);
        var clock = new Stopwatch();
        var overwrite = store.requireEmpty();
        var csv = options.reportDir().resolve("import-csv");
        var files = build(options, "bulk into store " + store.home(), csv, clock, out);
        if (files == null) {
            return 2;
        }
        ImportTool.run(
                store.home(),
                ImportTool.arguments(files, EmbeddedStore.DATABASE, overwrite),
                options.reportDir().resolve("import-tool.log"),
                out);
        out.printf(Locale.ROOT, "Imported into %s in %s.%n", store.databaseDir(), clock.lap());
        out.flush();
        if (!keepCsv) {
            delete(csv);
        }
        int exit;
        try (var running = store.start(pageCacheBytes)) {
            out.printf(Locale.ROOT, "Started the store's database in %s.%n", clock.lap());
            try (var neo4j = Neo4jConnection.open(Neo4jSettings.of(running.boltUri(), "", ""), out)) {
                out.printf(Locale.ROOT, "Schema applied in %s.%n", clock.lap());
                exit = BulkFinish.run(neo4j, files, arguments.score(), arguments.asOf(), isolation, out);
                clock.lap();
            }
        }
        out.printf(Locale.ROOT, "Shut the database down in %s.%n", clock.lap());
        out.printf(
                Locale.ROOT,
                "%nBulk load complete in %s. Start graph-service on the store:%n"
                        + "  ./anchorgraph run --anchorgraph.embedded.data-dir=%s%n"
                        + "Later files go through `graph-loader load` as usual (files already loaded are recognised and skipped).%n",
                clock.total(),
                store.home());
        return exit;
    }

    private int emit(Path dir, LoadOptions options, PrintWriter out) {
        if (Files.exists(dir) && !EmbeddedStore.isEmptyDirectory(dir)) {
            throw new UserInputException("--emit-import-csv " + dir + " is not empty: give a new or empty folder.");
        }
        var files = build(options, "bulk: import files in " + dir.toAbsolutePath(), dir, new Stopwatch(), out);
        if (files == null) {
            return 2;
        }
        var database = loader.settings().database();
        var command = ImportTool.commandLine(ImportTool.arguments(files, database, false));
        var script = dir.resolve("neo4j-admin-import.sh");
        try {
            Files.writeString(
                    script,
                    "#!/bin/sh\n# Run on the Neo4j server, with database " + database
                            + " stopped or not yet created (the tool refuses a database that exists).\n" + command
                            + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf(Locale.ROOT, """

                Next, on the Neo4j server (Neo4j %s, the version of this import format) with database %s stopped or not yet created:
                %s
                (also in %s; the paths are those of this machine: adjust them if the files move). Then start the
                database (on Enterprise, CREATE DATABASE %s if it is new) and finish from here:
                  NEO4J_URI=bolt://<server>:7687 graph-loader bulk-finish
                which applies the schema, restores the empty lists the import format cannot carry, and scores.
                """, ImportTool.neo4jVersion(), database, command, script, database);
        return 0;
    }

    /** Validates and builds the graph, then writes the import files; {@code null} when the load stopped. */
    private ImportCsv.Written build(
            LoadOptions options, String description, Path csv, Stopwatch clock, PrintWriter out) {
        var pseudonyms = arguments.pseudonyms(out);
        var target = new BulkTarget(description);
        var report = new Loader(target, options, pseudonyms, out).run();
        ReportWriter.write(report, options.reportDir());
        ReportWriter.print(report, out);
        if (!report.complete()) {
            out.println("Nothing was imported: a bulk load writes all files or none.");
            return null;
        }
        out.printf(Locale.ROOT, "Validated, resolved and aggregated in %s.%n", clock.lap());
        var files = ImportCsv.write(target.graph(), csv);
        out.printf(
                Locale.ROOT,
                "Import files: %,d nodes, %,d relationships in %s, written in %s.%n",
                files.nodes(),
                files.relationships(),
                csv,
                clock.lap());
        out.flush();
        return files;
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (var p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
