package dev.anchorgraph.loader.registry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
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

/** companies.csv: the registry facts of each firm, as {@code (:Company)} linked to its GB/T 4754 class. */
public final class Companies implements RowType<Companies.Company> {

    record Company(
            String uscc,
            boolean usccValid,
            String name,
            String industryCode,
            String region,
            Money capital,
            LocalDate foundedOn,
            String status,
            String scale,
            String address,
            String scope) {}

    private static final FileSpec SPEC = new FileSpec(
            "companies.csv",
            List.of("uscc", "name"),
            List.of(
                    "industry_code",
                    "registered_capital",
                    "founded_on",
                    "status",
                    "scale",
                    "address",
                    "business_scope"));

    /**
     * The registry facts replace those given before; the one {@code IN_INDUSTRY} link follows the code (none for
     * no code or one the classification does not have).
     */
    static final Write WRITE = Write.of(
            merge("c", "Company", "uscc", "uscc"),
            setAll("c", "props"),
            linkOnly("c", "IN_INDUSTRY", "Industry", "code", "props.industryCode"));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<Company> parser(LoadContext context) {
        var seen = new HashSet<String>();
        return row -> {
            var uscc = Values.uscc(row, "uscc");
            var name = row.required("name");
            var industry =
                    Values.optional(row, "industry_code", r -> IndustryCodes.normalise(r, "industry_code", context));
            var company = new Company(
                    uscc.value(),
                    uscc.checksumValid(),
                    name,
                    industry,
                    uscc.value().substring(2, 8),
                    Amounts.read(row, "registered_capital", context.fxRates()),
                    Values.optional(row, "founded_on", r -> Values.date(r, "founded_on")),
                    Values.optional(row, "status", r -> Values.oneOf(r, "status", Vocabulary.STATUS)),
                    Values.optional(row, "scale", r -> Values.oneOf(r, "scale", Vocabulary.SCALE)),
                    row.optional("address"),
                    row.optional("business_scope"));
            if (!seen.add(uscc.value())) {
                throw new Reject(RejectReason.DUPLICATE_KEY, "uscc " + uscc + " appears earlier in this file");
            }
            if (!uscc.checksumValid()) {
                row.flag(
                        "uscc_checksum",
                        "uscc " + uscc + " fails the GB 32100 checksum (kept: early pilot-region codes do)");
            }
            return company;
        };
    }

    @Override
    public Write write() {
        return WRITE;
    }

    /** Capital stated in another currency is counted by currency ({@code capital_in_USD}), as converted. */
    @Override
    public String detail(Company c) {
        return Money.foreignDetail("capital", c.capital());
    }

    @Override
    public Map<String, Object> parameters(Company c) {
        var props = new HashMap<String, Object>();
        props.put("name", c.name());
        props.put("usccValid", c.usccValid());
        props.put("region", c.region());
        props.put("industryCode", c.industryCode());
        // the CNY equivalent is what scores compare; the amount and currency are what the registry states
        props.put("registeredCapital", c.capital() == null ? null : c.capital().cnyValue());
        props.put(
                "registeredCapitalAmount",
                c.capital() == null ? null : c.capital().amountValue());
        props.put(
                "registeredCapitalCurrency",
                c.capital() == null ? null : c.capital().currency());
        props.put("foundedOn", c.foundedOn());
        props.put("status", c.status());
        props.put("scale", c.scale());
        props.put("address", c.address());
        props.put("businessScope", c.scope());
        return Map.of("uscc", c.uscc(), "props", props);
    }
}
