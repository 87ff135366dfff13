package dev.anchorgraph.loader.load;

import dev.anchorgraph.cli.PeakHeap;
import dev.anchorgraph.loader.csv.ColumnMapping;
import dev.anchorgraph.loader.csv.CsvFile;
import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Formats;
import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.ingest.BatchListener;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.invoice.InvoiceLoad;
import dev.anchorgraph.loader.litigation.CaseParties;
import dev.anchorgraph.loader.litigation.Cases;
import dev.anchorgraph.loader.money.FxRates;
import dev.anchorgraph.loader.person.Pseudonyms;
import dev.anchorgraph.loader.registry.Anchors;
import dev.anchorgraph.loader.registry.Borrowers;
import dev.anchorgraph.loader.registry.Companies;
import dev.anchorgraph.loader.registry.Officers;
import dev.anchorgraph.loader.registry.Shareholders;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One load of a folder: headers of every present file are checked before anything is written; then each file in
 * dependency order (companies before what refers to them, invoices last) is validated in full (rejects written,
 * reject rate checked) and only then written, in batches that record their progress (exactly once).
 */
public final class Loader {

    private static final List<RowType<?>> ROW_TYPES = List.of(
            new Companies(),
            new Anchors(),
            new Borrowers(),
            new Shareholders(),
            new Officers(),
            new Cases(),
            new CaseParties());

    private final LoadTarget target;
    private final LoadOptions options;
    private final Pseudonyms pseudonyms;
    private final PrintWriter out;
    private final Formats formats;
    private Path lineItems;
    private Map<String, Path> present = Map.of();

    /** A normal load: transactions over the connection, each batch of {@code options.batchSize()} units. */
    public Loader(
            Neo4jConnection neo4j,
            LoadOptions options,
            Pseudonyms pseudonyms,
            PrintWriter out,
            BatchListener listener) {
        this(new BoltTarget(neo4j, options.batchSize(), listener), options, pseudonyms, out);
    }

    /** A load into the given target (a bulk load passes its in-memory graph). */
    public Loader(LoadTarget target, LoadOptions options, Pseudonyms pseudonyms, PrintWriter out) {
        this.target = target;
        this.options = options;
        this.pseudonyms = pseudonyms;
        this.out = out;
        this.formats = Formats.load(options.columns());
    }

    public LoadReport run() {
        var started = Instant.now();
        long t0 = System.nanoTime();
        var warnings = new ArrayList<String>();
        var specs =
                new ArrayList<FileSpec>(ROW_TYPES.stream().map(RowType::spec).toList());
        specs.add(InvoiceLoad.spec());
        present = InputFolder.scan(options.input(), specs, options.charset(), formats, warnings);
        lineItems = present.get(ColumnMapping.LINE_ITEMS);
        if (lineItems != null && !present.containsKey(InvoiceLoad.spec().name())) {
            warnings.add(lineItems.getFileName() + ": invoice line items without their invoice export; not read");
        }
        for (var spec : specs) {
            if (present.containsKey(spec.name())) {
                try (var csv = CsvFile.open(present.get(spec.name()), options.charset(), spec, formats, null)) {
                    // an export's unused columns are many and expected: the report lists them, the console does not
                    if (csv.format().equals("contract") && !csv.unknownColumns().isEmpty()) {
                        warnings.add(spec.name() + ": unknown column(s) ignored: " + csv.unknownColumns());
                    }
                }
            }
        }
        warnings.forEach(w -> out.println("warning: " + w));
        target.prepare(pseudonyms, out);
        var context = new TargetContext(target, pseudonyms, FxRates.load(options.fxRates()));
        var reports = new ArrayList<FileReport>();
        String stoppedBy = null;
        for (var spec : specs) {
            var path = present.get(spec.name());
            FileReport report;
            if (stoppedBy != null) {
                report = FileReport.notReached(spec.name());
            } else if (path == null) {
                report = FileReport.absent(spec.name());
            } else {
                var type = ROW_TYPES.stream().filter(t -> t.spec() == spec).findFirst();
                report = type.isPresent() ? loadRows(type.get(), path, context) : loadInvoices(path, context);
                context.graphChanged();
                out.printf(
                        Locale.ROOT,
                        "%s: %s, %,d rows read, %,d written in %.1f s%n",
                        spec.name(),
                        report.status(),
                        report.rowsRead(),
                        report.written(),
                        report.seconds());
                out.flush();
                if (report.status().equals("stopped")) {
                    stoppedBy = report.message();
                }
            }
            reports.add(report);
        }
        context.close();
        var seconds = (System.nanoTime() - t0) / 1e9;
        return new LoadReport(
                options.input().toString(),
                options.reportDir().toString(),
                target.describe(),
                started.toString(),
                seconds,
                PeakHeap.megabytes(),
                stoppedBy == null ? "complete" : "stopped",
                stoppedBy,
                warnings,
                new LoadReport.FxRatesUsed(
                        options.fxRates() == null
                                ? "shipped " + FxRates.SHIPPED
                                : options.fxRates().toString(),
                        context.fxRates().asOf().toString(),
                        context.fxRates().source()),
                reports);
    }

    private <T> FileReport loadRows(RowType<T> type, Path path, TargetContext context) {
        var spec = type.spec();
        var kept = target.writesValidatedRows() ? new ArrayList<T>() : null;
        return load(spec, path, type.parser(context), type::detail, kept, (key, done) -> {
            if (kept != null) {
                return target.writeRows(type, key, spec.name(), done, kept.iterator());
            }
            var parser = type.parser(context);
            try (var csv = open(path, spec, null)) {
                return target.writeRows(type, key, spec.name(), done, new ValidRows<>(csv.iterator(), parser));
            }
        });
    }

    private FileReport loadInvoices(Path path, TargetContext context) {
        var invoices = new InvoiceLoad(options.windowMonths(), options.asOf());
        var report = load(
                InvoiceLoad.spec(),
                path,
                invoices.parser(context),
                v -> null,
                null,
                (key, done) -> target.writeTrades(invoices, key, done));
        if (report.status().equals("loaded")) {
            report = report.withDetails(
                    Map.of("trade_pairs", invoices.pairs()),
                    "rolling window ends " + invoices.windowEnd() + ", " + options.windowMonths() + " months");
        }
        return report;
    }

    /** Writes the validated units of a file, skipping {@code done} already committed; returns units written. */
    private interface Write {
        long apply(String key, long done);
    }

    /** @param kept where the validating pass puts the rows it accepts, or {@code null} to keep none */
    private <T> FileReport load(
            FileSpec spec,
            Path path,
            RowType.RowParser<T> parser,
            Function<T, String> detail,
            List<T> kept,
            Write write) {
        long t0 = System.nanoTime();
        var items = spec.equals(InvoiceLoad.spec()) ? lineItems : null;
        var fingerprint = Fingerprint.of(path);
        var key = spec.name() + ":" + fingerprint;
        var state = target.state(key);
        if (state.complete()) {
            return FileReport.alreadyLoaded(spec.name(), fingerprint);
        }
        var tally = new Tally();
        SourceFile source;
        Path rejectsFile;
        try (var csv = open(path, spec, items);
                var rejects = new Rejects(options.reportDir().resolve(spec.rejectsFileName()));
                var flags = new FlagsFile(options.reportDir().resolve(spec.flagsFileName()))) {
            source = new SourceFile(
                    path.getFileName().toString(),
                    csv.format(),
                    csv.usedColumns(),
                    csv.unknownColumns(),
                    items == null ? null : items.getFileName().toString());
            for (Row row : csv) {
                tally.rowsRead++;
                try {
                    row.checkShape();
                    var value = parser.parse(row);
                    if (kept != null) {
                        kept.add(value);
                    }
                    tally.loaded++;
                    tally.flag(row.flags());
                    flags.write(row);
                    tally.detail(detail.apply(value));
                } catch (Reject r) {
                    tally.reject(r.reason().code());
                    rejects.write(row, r);
                }
            }
            rejectsFile = rejects.path();
            if (csv.repeated() > 0) {
                tally.details.put("repeated_rows", csv.repeated());
            }
        }
        var validated = seconds(t0);
        var rejectsName = rejectsFile == null ? null : rejectsFile.toString();
        if (tally.rejectRate() > options.maxRejectRate()) {
            var message = String.format(
                    Locale.ROOT,
                    "%s: %d of %d rows rejected (%.1f %%), over the limit of %.1f %%; nothing of it was written. See %s, or rerun with --max-reject-rate.",
                    spec.name(),
                    tally.rejected,
                    tally.rowsRead,
                    100 * tally.rejectRate(),
                    100 * options.maxRejectRate(),
                    rejectsName);
            return tally.report(
                    spec.name(), "stopped", source, rejectsName, fingerprint, 0, 0, seconds(t0), validated, message);
        }
        var written = write.apply(key, state.done());
        target.complete(key, spec.name(), state.done() + written);
        return tally.report(
                spec.name(),
                "loaded",
                source,
                rejectsName,
                fingerprint,
                state.done(),
                written,
                seconds(t0),
                validated,
                null);
    }

    /**
     * A file for one pass; one that stands for several contract files skips rows repeating an earlier one's values
     * for this file (a case repeated in each row of its parties is one case, not duplicates).
     */
    private CsvFile open(Path path, FileSpec spec, Path items) {
        var csv = CsvFile.open(path, options.charset(), spec, formats, items);
        var targets = present.values().stream().filter(path::equals).count();
        return targets > 1 ? csv.skippingRepeats() : csv;
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }
}
