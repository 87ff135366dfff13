package dev.anchorgraph.loader.litigation;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * cases.csv: court cases, {@code (:Case {caseNo, court, cause, kind, filedOn, closedOn, amount, status})}. The kind,
 * when not given, is the one the case number says ({@link CaseNumbers#kind}).
 */
public final class Cases implements RowType<Cases.CaseRow> {

    record CaseRow(
            String caseNo,
            String court,
            String cause,
            String kind,
            LocalDate filedOn,
            LocalDate closedOn,
            BigDecimal amount,
            String status) {}

    static final Map<String, String> KIND = Map.ofEntries(
            Map.entry("civil", "civil"),
            Map.entry("民事", "civil"),
            Map.entry("enforcement", "enforcement"),
            Map.entry("执行", "enforcement"),
            Map.entry("被执行人", "enforcement"),
            Map.entry("dishonest_debtor", "dishonest_debtor"),
            Map.entry("失信被执行人", "dishonest_debtor"),
            Map.entry("失信", "dishonest_debtor"),
            Map.entry("consumption_restriction", "consumption_restriction"),
            Map.entry("限制消费", "consumption_restriction"),
            Map.entry("限制高消费", "consumption_restriction"),
            Map.entry("限高", "consumption_restriction"),
            Map.entry("administrative", "administrative"),
            Map.entry("行政", "administrative"),
            Map.entry("criminal", "criminal"),
            Map.entry("刑事", "criminal"));

    private static final FileSpec SPEC = new FileSpec(
            "cases.csv",
            List.of("case_no"),
            List.of("kind", "court", "cause", "filed_on", "closed_on", "amount", "status"));

    /** The case facts replace those given before. */
    static final Write WRITE = Write.of(merge("k", "Case", "caseNo", "caseNo"), setAll("k", "props"));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<CaseRow> parser(LoadContext context) {
        var seen = new HashSet<String>();
        return row -> {
            var caseNo = CaseNumbers.normalise(row.required("case_no"));
            var kind = kind(row, caseNo);
            var result = new CaseRow(
                    caseNo,
                    row.optional("court"),
                    row.optional("cause"),
                    kind,
                    Values.optional(row, "filed_on", r -> Values.date(r, "filed_on")),
                    Values.optional(row, "closed_on", r -> Values.date(r, "closed_on")),
                    Values.optional(row, "amount", r -> Values.amount(r, "amount")),
                    row.optional("status"));
            if (!seen.add(caseNo)) {
                throw new Reject(RejectReason.DUPLICATE_KEY, "case_no " + caseNo + " appears earlier in this file");
            }
            return result;
        };
    }

    /**
     * The kind given, else the one the case number says (a vendor's case list says it only there). A kind given in
     * words we do not know is a required value only when the number says none: otherwise dropped and flagged.
     */
    private static String kind(Row row, String caseNo) {
        var derived = CaseNumbers.kind(caseNo);
        var kind = derived == null
                ? Values.oneOf(row, "kind", KIND)
                : Values.optional(row, "kind", r -> Values.oneOf(r, "kind", KIND));
        if (kind == null) {
            kind = derived;
        }
        if (kind == null) {
            throw new Reject(
                    RejectReason.MISSING_VALUE, "kind is empty and case_no " + caseNo + " has no type code we know");
        }
        return kind;
    }

    @Override
    public Write write() {
        return WRITE;
    }

    @Override
    public Map<String, Object> parameters(CaseRow c) {
        var props = new HashMap<String, Object>();
        props.put("court", c.court());
        props.put("cause", c.cause());
        props.put("kind", c.kind());
        props.put("filedOn", c.filedOn());
        props.put("closedOn", c.closedOn());
        props.put("amount", c.amount() == null ? null : c.amount().doubleValue());
        props.put("status", c.status());
        return Map.of("caseNo", c.caseNo(), "props", props);
    }
}
