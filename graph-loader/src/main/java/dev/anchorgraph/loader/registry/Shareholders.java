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
import dev.anchorgraph.loader.money.Amounts;
import dev.anchorgraph.loader.money.Money;
import dev.anchorgraph.loader.resolve.OrganisationKey;
import dev.anchorgraph.uscc.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * shareholders.csv: {@code (:Person|Company)-[:HOLDS_SHARES {stake, subscribedCapital, since}]->(:Company)}.
 * The held company must exist; a holding company that the registry extract does not list is created from its
 * USCC and name (it is real, and it links sister firms); one without a USCC (a foreign parent, a fund) is an
 * {@code Organisation} keyed by registration number or jurisdiction and name (docs/adr/0011). Person ids are
 * pseudonymised before they leave this class; a person without one (vendor lists) is keyed by the company and their
 * name ({@link People}, docs/adr/0013).
 */
public final class Shareholders implements RowType<Shareholders.Holding> {

    record Holding(
            String company,
            String holderType,
            String holderId,
            boolean holderUsccValid,
            String holderName,
            Organisation organisation,
            Double stake,
            Money subscribedCapital,
            LocalDate since) {}

    /** A holder without a USCC: its key (docs/adr/0011) and what the row says of it. */
    record Organisation(String key, String jurisdiction, String registrationNo) {}

    private static final FileSpec SPEC = new FileSpec(
            "shareholders.csv",
            List.of("company_uscc", "holder_name"),
            List.of("holder_type", "holder_id", "stake", "subscribed_capital", "since", "holder_jurisdiction"));

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
                                    prop("source", "holderSource"))),
                    when(
                            "organisationKey",
                            merge(
                                    "h",
                                    "Organisation",
                                    "key",
                                    "organisationKey",
                                    prop("name", "holderName"),
                                    prop("jurisdiction", "holderJurisdiction"),
                                    prop("registrationNo", "holderRegistrationNo"),
                                    prop("usccMissing", "usccMissing"),
                                    prop("source", "holderSource")))),
            relate("s", "h", "HOLDS_SHARES", "c"),
            set(
                    "s",
                    prop("stake"),
                    prop("subscribedCapital"),
                    prop("subscribedCapitalAmount"),
                    prop("subscribedCapitalCurrency"),
                    prop("since")));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<Holding> parser(LoadContext context) {
        return row -> {
            var company = CompanyFlags.existing(row, "company_uscc", context);
            var name = row.required("holder_name");
            var type = type(row, name);
            var stake = Values.optional(row, "stake", Shareholders::stake);
            var capital = Amounts.read(row, "subscribed_capital", context.fxRates());
            var since = Values.optional(row, "since", r -> Values.date(r, "since"));
            if (type.equals("company")) {
                var holder = Values.optional(row, "holder_id", r -> uscc(r));
                if (holder != null) {
                    return new Holding(
                            company, type, holder.value(), holder.checksumValid(), name, null, stake, capital, since);
                }
                return new Holding(company, type, null, false, name, organisation(row, name), stake, capital, since);
            }
            var person = People.id(row, "holder_id", company, name, context.pseudonyms());
            return new Holding(company, type, person, true, name, null, stake, capital, since);
        };
    }

    /**
     * {@code person} or {@code company}: as the row says; when it says nothing we know (a vendor's 其他, an empty
     * cell), the holder is still identifiable, so the type is inferred, not the row rejected: a name that reads as a
     * person's is a person, anything else a company (a {@code Company} by its USCC, else an {@code Organisation}).
     * The name decides, not the id: an 18-digit national ID number is also a well-formed USCC, and must never
     * become a company's key. An unknown word is flagged {@code dropped_holder_type}.
     */
    private static String type(Row row, String name) {
        var type = Values.optional(row, "holder_type", r -> Values.oneOf(r, "holder_type", Vocabulary.HOLDER_TYPE));
        if (type != null) {
            return type;
        }
        return OrganisationKey.looksLikePerson(name) ? "person" : "company";
    }

    /**
     * The holder's USCC; {@code null} when there is none, or when the id is a foreign registration number (not a
     * USCC, and the jurisdiction is foreign). A malformed id of a domestic holder is a {@link Reject}: dropped and
     * flagged by the caller.
     */
    private static Uscc uscc(Row row) {
        var raw = row.get("holder_id");
        if (raw.isEmpty() || Uscc.problemWith(Uscc.normalise(raw)) != null && foreign(row)) {
            return null;
        }
        return Values.uscc(row, "holder_id");
    }

    private static boolean foreign(Row row) {
        return OrganisationKey.foreign(OrganisationKey.jurisdiction(row.get("holder_jurisdiction")));
    }

    private static Organisation organisation(Row row, String name) {
        var jurisdiction = OrganisationKey.jurisdiction(row.get("holder_jurisdiction"));
        // a dropped domestic id was flagged; only a foreign one is a registration number
        var number = foreign(row) ? row.optional("holder_id") : null;
        return new Organisation(OrganisationKey.of(jurisdiction, number, name), jurisdiction, number);
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

    /** Subscribed capital in another currency is counted by currency ({@code subscribed_capital_in_USD}). */
    @Override
    public String detail(Holding h) {
        return Money.foreignDetail("subscribed_capital", h.subscribedCapital());
    }

    @Override
    public Map<String, Object> parameters(Holding h) {
        var row = new HashMap<String, Object>();
        var company = h.holderType().equals("company") && h.organisation() == null;
        var organisation = h.organisation();
        row.put("company", h.company());
        row.put("personId", h.holderType().equals("person") ? h.holderId() : null);
        row.put("companyUscc", company ? h.holderId() : null);
        row.put("organisationKey", organisation == null ? null : organisation.key());
        row.put("holderJurisdiction", organisation == null ? null : organisation.jurisdiction());
        row.put("holderRegistrationNo", organisation == null ? null : organisation.registrationNo());
        row.put("usccMissing", organisation == null ? null : true);
        row.put("holderName", h.holderName());
        row.put("holderUsccValid", h.holderUsccValid());
        // what a holding company created by this file knows of itself: the region is in its USCC (characters 3–8)
        row.put("holderRegion", company ? h.holderId().substring(2, 8) : null);
        row.put("holderSource", "shareholders");
        row.put("stake", h.stake());
        var capital = h.subscribedCapital();
        row.put("subscribedCapital", capital == null ? null : capital.cnyValue());
        row.put("subscribedCapitalAmount", capital == null ? null : capital.amountValue());
        row.put("subscribedCapitalCurrency", capital == null ? null : capital.currency());
        row.put("since", h.since());
        return row;
    }
}
