package dev.anchorgraph.loader.registry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.ingest.Write;
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

    private static final FileSpec SPEC =
            new FileSpec("borrowers.csv", List.of("uscc"), List.of("lender", "first_loan_on"));

    /** An existing company gains the label and its lender facts. */
    static final Write WRITE = Write.of(
            match("c", "Company", "uscc", "uscc"),
            label("c", "Borrower"),
            set("c", prop("lender"), prop("firstLoanOn")));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<Borrower> parser(LoadContext context) {
        var seen = new HashSet<String>();
        return row -> {
            var uscc = CompanyFlags.existing(row, "uscc", context);
            var borrower = new Borrower(
                    uscc,
                    row.optional("lender"),
                    Values.optional(row, "first_loan_on", r -> Values.date(r, "first_loan_on")));
            CompanyFlags.once(seen, uscc, SPEC);
            return borrower;
        };
    }

    @Override
    public Write write() {
        return WRITE;
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
