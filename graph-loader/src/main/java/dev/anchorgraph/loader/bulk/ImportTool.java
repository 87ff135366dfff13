package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.cli.UserInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Neo4j's import tool ({@code org.neo4j:neo4j-import-tool}, the same version as the embedded Neo4j): the arguments
 * for the files {@link ImportCsv} wrote, run in this JVM as {@code neo4j-admin database import full} would run them,
 * or printed as that command for a server.
 */
final class ImportTool {

    static final String JVM_OPTION = "--add-opens=java.base/java.nio=ALL-UNNAMED";
    private static final Pattern SUMMARY = Pattern.compile(
            "IMPORT (DONE|FAILED).*|Imported:|\\s+\\d+ (nodes|relationships|properties)|Peak memory usage.*");

    private ImportTool() {}

    /**
     * The arguments of {@code neo4j-admin database import full} for these files. The database comes first: after
     * {@code --nodes} or {@code --relationships}, which take several values, it would be read as one more file.
     */
    static List<String> arguments(ImportCsv.Written files, String database, boolean overwrite) {
        var args = new ArrayList<String>();
        args.add(database);
        args.add("--id-type=integer");
        args.add("--array-delimiter=" + ImportCsv.ARRAY_DELIMITER_OPTION);
        // the loader has already rejected what it would not load: anything the tool finds bad is a bug, so stop
        args.add("--bad-tolerance=0");
        files.nodeFiles().forEach(f -> args.add("--nodes=" + f.toAbsolutePath()));
        files.relationshipFiles().forEach(f -> args.add("--relationships=" + f.toAbsolutePath()));
        if (!files.multilineFiles().isEmpty()) {
            args.add("--multiline-fields-format=v2");
            args.add("--multiline-fields="
                    + files.multilineFiles().stream()
                            .map(f -> f.toAbsolutePath().toString())
                            .collect(Collectors.joining(",")));
        }
        if (overwrite) {
            args.add("--overwrite-destination=true");
        }
        return args;
    }

    /** The command for a server's shell, one argument per line. */
    static String commandLine(List<String> args) {
        return "neo4j-admin database import full \\\n"
                + args.stream().map(a -> "  " + shellQuoted(a)).collect(Collectors.joining(" \\\n"));
    }

    private static String shellQuoted(String arg) {
        return arg.matches("[\\w@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /**
     * The Neo4j version on the class path, from neo4j-kernel's Maven metadata: Neo4j's own {@code Version} reads the
     * jar manifest, which in the shaded graph-loader.jar is ours.
     */
    static String neo4jVersion() {
        try (var in = ImportTool.class.getResourceAsStream("/META-INF/maven/org.neo4j/neo4j-kernel/pom.properties")) {
            var properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The import tool reads its buffers through {@code java.nio} internals, which JDK 25 keeps closed unless opened. */
    static void requireOpenNio() {
        if (!Object.class.getModule().isOpen("java.nio", ImportTool.class.getModule())) {
            throw new UserInputException(
                    "The import tool needs the JVM option " + JVM_OPTION + " (./anchorgraph loader "
                            + "and java -jar graph-loader.jar set it; add it when starting the loader another way).");
        }
    }

    /**
     * Runs the import into the database {@code neo4j} of the Neo4j home {@code home} (the embedded store), its output
     * to {@code log}; prints the tool's summary.
     */
    static void run(Path home, List<String> args, Path log, PrintWriter out) {
        requireOpenNio();
        int exit;
        try {
            Files.createDirectories(log.getParent());
            try (var stream = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
                    var fs = new DefaultFileSystemAbstraction()) {
                var context = new ExecutionContext(home, home.resolve("conf"), stream, stream, fs);
                exit = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
            }
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.stream()
                    .filter(l -> SUMMARY.matcher(l).matches())
                    .forEach(l -> out.println("  import tool: " + l.strip()));
            if (exit != 0) {
                lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(l -> out.println("  " + l));
                throw new UserInputException(
                        "The import tool failed (exit code " + exit + "); its output is in " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
