package dev.anchorgraph.loader.registry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.ingest.Write;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** anchors.csv: the core enterprises of the bank's supply-chain programmes, labelled {@code :Anchor}. */
public final class Anchors implements RowType<Anchors.Anchor> {

    record Anchor(String uscc, String program) {}

    private static final FileSpec SPEC = new FileSpec("anchors.csv", List.of("uscc"), List.of("program"));

    /** An existing company gains the label and its programme. */
    static final Write WRITE =
            Write.of(match("c", "Company", "uscc", "uscc"), label("c", "Anchor"), set("c", prop("program")));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<Anchor> parser(LoadContext context) {
        var seen = new HashSet<String>();
        return row -> {
            var uscc = CompanyFlags.existing(row, "uscc", context);
            CompanyFlags.once(seen, uscc, SPEC);
            return new Anchor(uscc, row.optional("program"));
        };
    }

    @Override
    public Write write() {
        return WRITE;
    }

    @Override
    public Map<String, Object> parameters(Anchor a) {
        var row = new HashMap<String, Object>();
        row.put("uscc", a.uscc());
        row.put("program", a.program());
        return row;
    }
}
