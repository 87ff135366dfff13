package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.industry.LoadIndustriesCommand;
import dev.anchorgraph.loader.ingest.BatchListener;
import dev.anchorgraph.loader.ingest.Progress;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.invoice.InvoiceLoad;
import dev.anchorgraph.loader.person.PseudonymKey;
import dev.anchorgraph.loader.person.Pseudonyms;
import dev.anchorgraph.loader.resolve.CompanyName;
import dev.anchorgraph.neo4j.Neo4jConnection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** The normal load: batched Cypher transactions over Bolt, each one advancing the file's {@link Progress}. */
final class BoltTarget implements LoadTarget {

    private final Neo4jConnection neo4j;
    private final int batchSize;
    private final BatchListener listener;
    private final Progress progress;

    BoltTarget(Neo4jConnection neo4j, int batchSize, BatchListener listener) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.listener = listener;
        this.progress = new Progress(neo4j);
    }

    @Override
    public String describe() {
        return neo4j.settings().boltUri().toString();
    }

    @Override
    public void prepare(Pseudonyms pseudonyms, PrintWriter out) {
        if (LoadIndustriesCommand.ensureLoaded(neo4j)) {
            out.println("Loaded the bundled GB/T 4754-2017 industry classification.");
        }
        PseudonymKey.verify(neo4j, pseudonyms);
    }

    @Override
    public Set<String> companies() {
        return keys("MATCH (c:Company) RETURN c.uscc AS key");
    }

    @Override
    public Set<String> cases() {
        return keys("MATCH (c:Case) RETURN c.caseNo AS key");
    }

    @Override
    public Set<String> industries() {
        return keys("MATCH (i:Industry) RETURN i.code AS key");
    }

    @Override
    public List<CompanyName> companyNames() {
        var names = new ArrayList<CompanyName>();
        try (var s = neo4j.driver().session(neo4j.session())) {
            s.run("MATCH (c:Company) WHERE c.name IS NOT NULL RETURN c.uscc AS uscc, c.name AS name ORDER BY uscc")
                    .forEachRemaining(r -> names.add(new CompanyName(
                            r.get("uscc").asString(), r.get("name").asString())));
        }
        return names;
    }

    @Override
    public Progress.State state(String key) {
        return progress.state(key);
    }

    @Override
    public <T> long writeRows(RowType<T> type, String key, String file, long alreadyDone, Iterator<T> rows) {
        return new BatchWriter(neo4j, batchSize, listener)
                .write(
                        key,
                        file,
                        alreadyDone,
                        ValidRows.map(rows, type::parameters),
                        type.write().cypher());
    }

    @Override
    public long writeTrades(InvoiceLoad invoices, String key, long alreadyDone) {
        return invoices.write(neo4j, key, alreadyDone, batchSize, listener);
    }

    @Override
    public void complete(String key, String file, long total) {
        progress.complete(key, file, total);
    }

    private Set<String> keys(String cypher) {
        var result = new HashSet<String>();
        try (var session = neo4j.driver().session(neo4j.session())) {
            session.run(cypher).forEachRemaining(r -> result.add(r.get("key").asString()));
        }
        return result;
    }
}
