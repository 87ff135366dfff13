package dev.anchorgraph.loader.ingest;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Row;
import java.util.Map;

/**
 * One kind of input file that is written row by row (everything but invoices, which are aggregated first).
 *
 * @param <T> the validated row
 */
public interface RowType<T> {

    FileSpec spec();

    /**
     * A parser for one pass over the file. Each pass gets a fresh one, so state such as "keys seen so far"
     * (duplicates are rejects) gives the same answer in the validating pass and the writing pass.
     */
    RowParser<T> parser(LoadContext context);

    /**
     * What writing one row of {@link #parameters} does: run as Cypher by a transactional load, applied to the in-memory
     * graph by a bulk one. One description for both, so the two cannot drift apart.
     */
    Write write();

    /** The map one validated row becomes in {@code $rows}. */
    Map<String, Object> parameters(T value);

    /**
     * A category of the validated row counted in the report (e.g. how a litigation party was resolved), or
     * {@code null}.
     */
    default String detail(T value) {
        return null;
    }

    /** Parses one row, or throws {@link dev.anchorgraph.loader.csv.Reject}. */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(Row row);
    }
}
