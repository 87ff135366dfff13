package dev.anchorgraph.loader.registry;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** anchors.csv: the core enterprises of the bank's supply-chain programmes, labelled {@code :Anchor}. */
public final class Anchors implements RowType<Anchors.Anchor> {

    record Anchor(String uscc, String program) {}

    private static final FileSpec SPEC = new FileSpec("anchors.csv", List.of("uscc"), List.of("program"));

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
    public String cypher() {
        return """
                UNWIND $rows AS row
                MATCH (c:Company {uscc: row.uscc})
                SET c:Anchor, c.program = row.program
                RETURN count(*) AS written
                """;
    }

    @Override
    public void apply(Map<String, Object> row, ImportGraph graph) {
        var c = graph.match("Company", (String) row.get("uscc"));
        c.addLabel("Anchor");
        c.set("program", row.get("program"));
    }

    @Override
    public Map<String, Object> parameters(Anchor a) {
        var row = new HashMap<String, Object>();
        row.put("uscc", a.uscc());
        row.put("program", a.program());
        return row;
    }
}
