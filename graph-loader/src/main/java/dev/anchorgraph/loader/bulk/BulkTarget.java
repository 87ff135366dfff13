package dev.anchorgraph.loader.bulk;

import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.industry.LoadIndustriesCommand;
import dev.anchorgraph.loader.ingest.Progress;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.invoice.InvoiceLoad;
import dev.anchorgraph.loader.load.LoadTarget;
import dev.anchorgraph.loader.person.Pseudonyms;
import dev.anchorgraph.loader.resolve.CompanyName;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A load into an empty database through the import tool: validated rows go into an {@link ImportGraph} instead of
 * Cypher transactions, with the same bookkeeping a transactional load leaves behind (the industry classification,
 * the pseudonym key's check value, one {@code LoadProgress} per file content), so that later daily loads work on top.
 */
final class BulkTarget implements LoadTarget {

    private final ImportGraph graph = new ImportGraph();
    private final String description;

    BulkTarget(String description) {
        this.description = description;
    }

    ImportGraph graph() {
        return graph;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void prepare(Pseudonyms pseudonyms, PrintWriter out) {
        LoadIndustriesCommand.addBundled(graph);
        out.println("Added the bundled GB/T 4754-2017 industry classification.");
        var setting = graph.merge("LoaderSetting", "name", "pseudonymKeyCheck");
        setting.set("value", pseudonyms.keyCheck());
        setting.set("createdAt", now());
    }

    @Override
    public Set<String> companies() {
        return graph.keys("Company");
    }

    @Override
    public Set<String> cases() {
        return graph.keys("Case");
    }

    @Override
    public Set<String> industries() {
        return graph.keys("Industry");
    }

    @Override
    public List<CompanyName> companyNames() {
        return graph.nodes("Company").stream()
                .filter(c -> c.get("name") != null)
                .map(c -> new CompanyName((String) c.get("uscc"), (String) c.get("name")))
                .sorted(Comparator.comparing(CompanyName::uscc))
                .toList();
    }

    @Override
    public Progress.State state(String key) {
        var p = graph.find("LoadProgress", key);
        return p == null
                ? new Progress.State(0, false)
                : new Progress.State((Long) p.get("done"), p.get("completedAt") != null);
    }

    @Override
    public boolean writesValidatedRows() {
        return true;
    }

    @Override
    public <T> long writeRows(RowType<T> type, String key, String file, long alreadyDone, Iterator<T> rows) {
        var write = type.write();
        long written = 0;
        while (rows.hasNext()) {
            write.apply(type.parameters(rows.next()), graph);
            written++;
        }
        return written;
    }

    @Override
    public long writeTrades(InvoiceLoad invoices, String key, long alreadyDone) {
        return invoices.addTo(graph);
    }

    @Override
    public void complete(String key, String file, long total) {
        var p = graph.merge("LoadProgress", "key", key);
        var now = now();
        p.set("file", file);
        p.set("startedAt", now);
        p.set("done", total);
        p.set("completedAt", now);
    }

    private static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.UTC);
    }
}
