package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.neo4j.EmbeddedNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The store of an embedded database that a bulk load fills: the Neo4j home that graph-service opens with
 * {@code --anchorgraph.embedded.data-dir} (databases under {@code data/databases}). While the loader works on it, it
 * owns it: graph-service must not have it open (ADR 0007).
 */
record EmbeddedStore(Path home) {

    static final String DATABASE = "neo4j";

    EmbeddedStore {
        home = home.toAbsolutePath().normalize();
    }

    Path databaseDir() {
        return home.resolve("data").resolve("databases").resolve(DATABASE);
    }

    /**
     * Refuses a store that holds a graph, or that another process has open.
     *
     * @return whether an empty database is there (created by a service start, schema only), which the import replaces
     */
    boolean requireEmpty() {
        if (!Files.isDirectory(databaseDir()) || isEmptyDirectory(databaseDir())) {
            return false;
        }
        try (var running = start(64L << 20)) {
            long nodes = running.service()
                    .database(DATABASE)
                    .executeTransactionally("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n", Map.of(), r ->
                            (Long) r.next().get("n"));
            if (nodes > 0) {
                throw new UserInputException(
                        "The store " + home + " already holds a graph (" + nodes + " nodes): a bulk "
                                + "load only fills an empty database. Add files to it with `load`, or give a new --store.");
            }
            return true;
        }
    }

    /** Starts the store's database in this JVM, Bolt on a free loopback port. */
    EmbeddedNeo4j.Running start(long pageCache) {
        try {
            return new EmbeddedNeo4j(home, "127.0.0.1", 0, pageCache).start();
        } catch (RuntimeException e) {
            if (causedByLock(e)) {
                throw new UserInputException(
                        "The store " + home + " is in use by another process (is graph-service "
                                + "running on it?). Stop it first: the loader must own the store while it bulk-loads.",
                        e);
            }
            throw e;
        }
    }

    private static boolean causedByLock(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("FileLock")
                    || String.valueOf(t.getMessage()).contains("locked")) {
                return true;
            }
        }
        return false;
    }

    static boolean isEmptyDirectory(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
