package dev.anchorgraph.loader.registry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.ingest.Write;
import dev.anchorgraph.loader.money.Amounts;
import dev.anchorgraph.loader.money.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * borrowers.csv: firms that already borrow, labelled {@code :Borrower}; first-time-borrower prospecting excludes
 * them, and monitoring watches them. {@code outstanding}, what the firm owes the bank now, in any currency the
 * amounts of the other files take ({@code 500万元}, {@code USD 1,000,000}), is kept as stated and in CNY; a group's
 * exposure is its sum over the members (docs/ownership.md).
 */
public final class Borrowers implements RowType<Borrowers.Borrower> {

    record Borrower(String uscc, String lender, LocalDate firstLoanOn, Money outstanding) {}

    private static final FileSpec SPEC =
            new FileSpec("borrowers.csv", List.of("uscc"), List.of("lender", "first_loan_on", "outstanding"));

    /** An existing company gains the label and its lender facts. */
    static final Write WRITE = Write.of(
            match("c", "Company", "uscc", "uscc"),
            label("c", "Borrower"),
            set(
                    "c",
                    prop("lender"),
                    prop("firstLoanOn"),
                    prop("outstanding"),
                    prop("outstandingAmount"),
                    prop("outstandingCurrency")));

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
                    Values.optional(row, "first_loan_on", r -> Values.date(r, "first_loan_on")),
                    Amounts.read(row, "outstanding", context.fxRates()));
            CompanyFlags.once(seen, uscc, SPEC);
            return borrower;
        };
    }

    @Override
    public Write write() {
        return WRITE;
    }

    /** An outstanding amount in another currency is counted by currency ({@code outstanding_in_USD}). */
    @Override
    public String detail(Borrower b) {
        return Money.foreignDetail("outstanding", b.outstanding());
    }

    @Override
    public Map<String, Object> parameters(Borrower b) {
        var row = new HashMap<String, Object>();
        row.put("uscc", b.uscc());
        row.put("lender", b.lender());
        row.put("firstLoanOn", b.firstLoanOn());
        var outstanding = b.outstanding();
        row.put("outstanding", outstanding == null ? null : outstanding.cnyValue());
        row.put("outstandingAmount", outstanding == null ? null : outstanding.amountValue());
        row.put("outstandingCurrency", outstanding == null ? null : outstanding.currency());
        return row;
    }
}
