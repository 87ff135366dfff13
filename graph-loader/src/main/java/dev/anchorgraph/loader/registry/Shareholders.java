package dev.anchorgraph.loader.registry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.ingest.Write;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * shareholders.csv: {@code (:Person|Company)-[:HOLDS_SHARES {stake, subscribedCapital, since}]->(:Company)}.
 * The held company must exist; a holding company that the registry extract does not list is created from its
 * USCC and name (it is real, and it links sister firms). Person ids are pseudonymised before they leave this class.
 */
public final class Shareholders implements RowType<Shareholders.Holding> {

    record Holding(
            String company,
            String holderType,
            String holderId,
            boolean holderUsccValid,
            String holderName,
            Double stake,
            BigDecimal subscribedCapital,
            LocalDate since) {}

    private static final FileSpec SPEC = new FileSpec(
            "shareholders.csv",
            List.of("company_uscc", "holder_type", "holder_id", "holder_name"),
            List.of("stake", "subscribed_capital", "since"));

    /**
     * The holder is a person or a company, whichever of {@code personId} and {@code companyUscc} the row has; a
     * holding company created here gets the few facts this file knows of it.
     */
    static final Write WRITE = Write.of(
            match("c", "Company", "uscc", "company"),
            oneOf(
                    "h",
                    when("personId", merge("h", "Person", "id", "personId"), set("h", prop("name", "holderName"))),
                    when(
                            "companyUscc",
                            merge(
                                    "h",
                                    "Company",
                                    "uscc",
                                    "companyUscc",
                                    prop("name", "holderName"),
                                    prop("usccValid", "holderUsccValid"),
                                    prop("region", "holderRegion"),
                                    prop("source", "holderSource")))),
            relate("s", "h", "HOLDS_SHARES", "c"),
            set("s", prop("stake"), prop("subscribedCapital"), prop("since")));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<Holding> parser(LoadContext context) {
        return row -> {
            var company = CompanyFlags.existing(row, "company_uscc", context);
            var type = Values.oneOf(row, "holder_type", Vocabulary.HOLDER_TYPE);
            if (type == null) {
                throw new Reject(RejectReason.MISSING_VALUE, "holder_type is empty");
            }
            var name = row.required("holder_name");
            var stake = stake(row);
            var capital = Values.capital(row, "subscribed_capital");
            var since = Values.date(row, "since");
            if (type.equals("company")) {
                var holder = Values.uscc(row, "holder_id");
                return new Holding(company, type, holder.value(), holder.checksumValid(), name, stake, capital, since);
            }
            return new Holding(
                    company,
                    type,
                    context.pseudonyms().of(row.required("holder_id")),
                    true,
                    name,
                    stake,
                    capital,
                    since);
        };
    }

    /** A stake as a fraction (0.5524) or a percentage (55.24%); above 100 % is out of range. */
    static Double stake(Row row) {
        var raw = row.get("stake").replace(" ", "");
        if (raw.isEmpty()) {
            return null;
        }
        var percent = raw.endsWith("%") || raw.endsWith("％");
        var number = percent ? raw.substring(0, raw.length() - 1) : raw;
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new Reject(RejectReason.INVALID_AMOUNT, "stake '" + raw + "' is not a number or percentage");
        }
        var fraction = percent ? value.movePointLeft(2) : value;
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new Reject(RejectReason.OUT_OF_RANGE, "stake '" + raw + "' is outside 0–1 (or 0–100 %)");
        }
        return fraction.doubleValue();
    }

    @Override
    public Write write() {
        return WRITE;
    }

    @Override
    public Map<String, Object> parameters(Holding h) {
        var row = new HashMap<String, Object>();
        var company = h.holderType().equals("company");
        row.put("company", h.company());
        row.put("personId", company ? null : h.holderId());
        row.put("companyUscc", company ? h.holderId() : null);
        row.put("holderName", h.holderName());
        row.put("holderUsccValid", h.holderUsccValid());
        // what a holding company created by this file knows of itself: the region is in its USCC (characters 3–8)
        row.put("holderRegion", company ? h.holderId().substring(2, 8) : null);
        row.put("holderSource", "shareholders");
        row.put("stake", h.stake());
        row.put(
                "subscribedCapital",
                h.subscribedCapital() == null ? null : h.subscribedCapital().doubleValue());
        row.put("since", h.since());
        return row;
    }
}
