package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.ingest.Progress;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.invoice.InvoiceLoad;
import dev.anchorgraph.loader.person.Pseudonyms;
import dev.anchorgraph.loader.resolve.CompanyName;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Where a {@link Loader} writes what it has validated, and what it checks references against. A normal load writes
 * to Neo4j in transactions ({@link BoltTarget}); a bulk load of an empty database builds the graph in memory and
 * hands it to Neo4j's import tool ({@code dev.anchorgraph.loader.bulk}). Parsing, validation, rejects, name
 * resolution and trade aggregation are the {@link Loader}'s, the same for both.
 */
public interface LoadTarget {

    /** Where the graph goes, for the report (a Bolt address, or the bulk load's store). */
    String describe();

    /**
     * Before the first file: the industry classification present, the pseudonym key recorded (or checked against
     * the one recorded). Prints what it did.
     */
    void prepare(Pseudonyms pseudonyms, PrintWriter out);

    /** USCCs of the companies the graph holds now (a snapshot: a file's rows must not see its own writes). */
    Set<String> companies();

    /** Case numbers of the cases the graph holds now. */
    Set<String> cases();

    /** Codes of the industries the graph holds. */
    Set<String> industries();

    /** Every company with a name, ordered by USCC: what litigation parties are resolved against. */
    List<CompanyName> companyNames();

    /** How far an earlier run got with this file content ({@code key} = file name + SHA-256). */
    Progress.State state(String key);

    /**
     * Whether {@link #writeRows} gets the rows the validating pass accepted, kept in memory, rather than the file
     * read and parsed again. A bulk load does (it writes to memory too, and a file it stops writes nothing anyway);
     * a transactional load reads twice, so that memory does not grow with the file.
     */
    default boolean writesValidatedRows() {
        return false;
    }

    /** Writes the validated rows of a file, skipping {@code alreadyDone}; returns rows written. */
    <T> long writeRows(RowType<T> type, String key, String file, long alreadyDone, Iterator<T> rows);

    /** Writes the aggregated trade of invoices.csv, skipping {@code alreadyDone} pairs; returns pairs written. */
    long writeTrades(InvoiceLoad invoices, String key, long alreadyDone);

    /** Records the file content as loaded, {@code total} units in all. */
    void complete(String key, String file, long total);
}
