package dev.anchorgraph.loader.registry;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
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

    record Holding(String company, String holderType, String holderId, boolean holderUsccValid, String holderName,
                   Double stake, BigDecimal subscribedCapital, LocalDate since) {}

    private static final FileSpec SPEC = new FileSpec("shareholders.csv",
            List.of("company_uscc", "holder_type", "holder_id", "holder_name"), List.of("stake", "subscribed_capital", "since"));

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
            return new Holding(company, type, context.pseudonyms().of(row.required("holder_id")), true, name, stake,
                    capital, since);
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
    public String cypher() {
        return """
                UNWIND $rows AS row
                MATCH (c:Company {uscc: row.company})
                CALL (row) {
                  UNWIND CASE WHEN row.holderType = 'person' THEN [row] ELSE [] END AS r
                  MERGE (h:Person {id: r.holderId})
                  SET h.name = r.holderName
                  RETURN h
                  UNION
                  UNWIND CASE WHEN row.holderType = 'company' THEN [row] ELSE [] END AS r
                  MERGE (h:Company {uscc: r.holderId})
                  ON CREATE SET h.name = r.holderName, h.usccValid = r.holderUsccValid,
                                h.region = substring(r.holderId, 2, 6), h.source = 'shareholders'
                  RETURN h
                }
                MERGE (h)-[s:HOLDS_SHARES]->(c)
                SET s.stake = row.stake, s.subscribedCapital = row.subscribedCapital, s.since = row.since
                RETURN count(*) AS written
                """;
    }

    @Override
    public void apply(Map<String, Object> row, ImportGraph graph) {
        var c = graph.match("Company", (String) row.get("company"));
        var holderId = (String) row.get("holderId");
        var h = switch ((String) row.get("holderType")) {
            case "person" -> {
                var person = graph.merge("Person", "id", holderId);
                person.set("name", row.get("holderName"));
                yield person;
            }
            case "company" -> {
                var existing = graph.find("Company", holderId);
                if (existing != null) {
                    yield existing;
                }
                var created = graph.merge("Company", "uscc", holderId);
                created.set("name", row.get("holderName"));
                created.set("usccValid", row.get("holderUsccValid"));
                created.set("region", holderId.substring(2, 8));
                created.set("source", "shareholders");
                yield created;
            }
            default -> throw new IllegalStateException("holderType " + row.get("holderType"));
        };
        var s = graph.merge(h, "HOLDS_SHARES", c);
        s.set("stake", row.get("stake"));
        s.set("subscribedCapital", row.get("subscribedCapital"));
        s.set("since", row.get("since"));
    }

    @Override
    public Map<String, Object> parameters(Holding h) {
        var row = new HashMap<String, Object>();
        row.put("company", h.company());
        row.put("holderType", h.holderType());
        row.put("holderId", h.holderId());
        row.put("holderUsccValid", h.holderUsccValid());
        row.put("holderName", h.holderName());
        row.put("stake", h.stake());
        row.put("subscribedCapital", h.subscribedCapital() == null ? null : h.subscribedCapital().doubleValue());
        row.put("since", h.since());
        return row;
    }
}
