package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.ingest.RowType;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The writing pass: the rows the validating pass accepted, in file order, parsed again by a fresh parser (rejects
 * were counted and written by the validating pass, so here they are only skipped).
 */
final class ValidRows<T> implements Iterator<T> {

    private final Iterator<Row> rows;
    private final RowType.RowParser<T> parser;
    private T next;

    ValidRows(Iterator<Row> rows, RowType.RowParser<T> parser) {
        this.rows = rows;
        this.parser = parser;
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            var row = rows.next();
            try {
                row.checkShape();
                next = parser.parse(row);
            } catch (Reject ignored) {
                // counted and written to the rejects file by the validating pass
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var value = next;
        next = null;
        return value;
    }

    /** {@code rows} with {@code f} applied to each, lazily. */
    static <T, R> Iterator<R> map(Iterator<T> rows, Function<T, R> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public R next() {
                return f.apply(rows.next());
            }
        };
    }
}
