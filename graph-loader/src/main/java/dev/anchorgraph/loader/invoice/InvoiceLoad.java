package dev.anchorgraph.loader.invoice;

import dev.anchorgraph.cli.BusinessDate;
import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.ingest.BatchListener;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType.RowParser;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * invoices.csv, aggregated: the validating pass sums every accepted invoice per seller → buyer pair in memory;
 * the writing pass turns the pairs into {@code SUPPLIES} relationships. One object per load of one file.
 *
 * <p>The rolling window ends with the month of {@code asOf} (default: the newest invoice of the file) and spans
 * {@code windowMonths} months (default 24).
 */
public final class InvoiceLoad {

    private final TradeAggregation aggregation = new TradeAggregation();
    private final int windowMonths;
    private final LocalDate asOf;

    public InvoiceLoad(int windowMonths, LocalDate asOf) {
        this.windowMonths = windowMonths;
        this.asOf = asOf;
    }

    public static FileSpec spec() {
        return InvoiceParser.SPEC;
    }

    /** Parses a row and adds it to the aggregate (the validating pass does both at once). */
    public RowParser<Object> parser(LoadContext context) {
        var parser = new InvoiceParser(context, aggregation);
        return row -> {
            var invoice = parser.parse(row);
            aggregation.add(invoice);
            return invoice;
        };
    }

    public long pairs() {
        return aggregation.pairCount();
    }

    /** The end of the rolling window actually used. */
    public LocalDate windowEnd() {
        if (asOf != null) {
            return asOf;
        }
        return aggregation.latestDay() == Integer.MIN_VALUE
                ? BusinessDate.today()
                : LocalDate.ofEpochDay(aggregation.latestDay());
    }

    /**
     * The trade as {@code SUPPLIES} relationships of a bulk load's graph, one per pair, with the properties
     * {@link TradeWriter} writes, and each seller's first-digit counts (there is no earlier trade to add to: a bulk load starts from an empty database).
     * They are made when the import file is written, not held.
     *
     * @return pairs
     */
    public long addTo(ImportGraph graph) {
        var end = windowEnd();
        int endMonth = end.getYear() * 12 + end.getMonthValue() - 1;
        var pairs = aggregation.sortedPairs();
        for (var pair : pairs) {
            var seller = graph.match("Company", pair.seller());
            graph.match("Company", pair.buyer());
            if (pair.firstDigits() != null) {
                // as TradeWriter adds them in a transactional load (the bulk graph starts empty: nothing to add to)
                seller.set(
                        "firstDigits", Arrays.stream(pair.firstDigits()).boxed().toList());
            }
        }
        graph.stream(
                "SUPPLIES",
                () -> pairs.stream()
                        .map(p -> new ImportGraph.Relationship(
                                graph.match("Company", p.seller()),
                                "SUPPLIES",
                                graph.match("Company", p.buyer()),
                                TradeProperties.of(p.trade(), endMonth, windowMonths)))
                        .iterator());
        return pairs.size();
    }

    /** @return pairs written by this run, after skipping {@code alreadyDone} committed by an interrupted one */
    public long write(Neo4jConnection neo4j, String key, long alreadyDone, int batchSize, BatchListener listener) {
        var end = windowEnd();
        int endMonth = end.getYear() * 12 + end.getMonthValue() - 1;
        return new TradeWriter(neo4j, batchSize, listener)
                .write(aggregation.sortedPairs(), key, spec().name(), alreadyDone, endMonth, windowMonths);
    }
}
