package dev.anchorgraph.loader.registry;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * borrowers.csv: firms that already borrow, labelled {@code :Borrower}; first-time-borrower prospecting excludes
 * them, and monitoring watches them.
 */
public final class Borrowers implements RowType<Borrowers.Borrower> {

    record Borrower(String uscc, String lender, LocalDate firstLoanOn) {}

    private static final FileSpec SPEC = new FileSpec("borrowers.csv", List.of("uscc"), List.of("lender", "first_loan_on"));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<Borrower> parser(LoadContext context) {
        var seen = new HashSet<String>();
        return row -> {
            var uscc = CompanyFlags.existing(row, "uscc", context);
            var borrower = new Borrower(uscc, row.optional("lender"), Values.date(row, "first_loan_on"));
            CompanyFlags.once(seen, uscc, SPEC);
            return borrower;
        };
    }

    @Override
    public String cypher() {
        return """
                UNWIND $rows AS row
                MATCH (c:Company {uscc: row.uscc})
                SET c:Borrower, c.lender = row.lender, c.firstLoanOn = row.firstLoanOn
                RETURN count(*) AS written
                """;
    }

    @Override
    public void apply(Map<String, Object> row, ImportGraph graph) {
        var c = graph.match("Company", (String) row.get("uscc"));
        c.addLabel("Borrower");
        c.set("lender", row.get("lender"));
        c.set("firstLoanOn", row.get("firstLoanOn"));
    }

    @Override
    public Map<String, Object> parameters(Borrower b) {
        var row = new HashMap<String, Object>();
        row.put("uscc", b.uscc());
        row.put("lender", b.lender());
        row.put("firstLoanOn", b.firstLoanOn());
        return row;
    }
}
