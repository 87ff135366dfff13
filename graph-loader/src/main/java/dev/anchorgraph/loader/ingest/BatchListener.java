package dev.anchorgraph.loader.ingest;

/**
 * Told after each committed batch. Tests use it to stop a load between batches, as a crash would; the loader
 * itself uses it for progress output.
 */
@FunctionalInterface
public interface BatchListener {

    BatchListener NONE = (file, done) -> {};

    /** @param done units (rows or trade pairs) of {@code file} committed so far */
    void committed(String file, long done);
}
