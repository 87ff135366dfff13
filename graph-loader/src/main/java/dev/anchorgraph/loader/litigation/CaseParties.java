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
import dev.anchorgraph.loader.resolve.CompanyNameIndex;
import dev.anchorgraph.loader.resolve.OrganisationKey;
import dev.anchorgraph.loader.resolve.Resolution;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * case_parties.csv: {@code (:Company|Party)-[:PARTY_TO {role}]->(:Case)}. A party with a known USCC links to its
 * company. A party without one is resolved by name ({@link CompanyNameIndex}); only a confident, unambiguous match
 * links to a company. Everything else (ambiguous names, no match, people, a USCC not in the graph) becomes a
 * {@code (:Party)} node for this case and name, with the candidates kept for review: never merged on a weak match.
 * An organisation that is no company of the graph (a foreign party, or one whose {@code party_type} says it is an
 * organisation and that resolves to no company) is an {@code (:Organisation)} shared by its cases, keyed by
 * jurisdiction and name (docs/adr/0011).
 */
public final class CaseParties implements RowType<CaseParties.PartyRow> {

    /**
     * @param uscc       the company the party is linked to, or {@code null} for a {@code Party} node
     * @param resolution how it was decided: {@code uscc}, {@code name}, {@code ambiguous}, {@code unresolved},
     *                   {@code unknown_uscc}
     */
    record PartyRow(
            String caseNo,
            String name,
            String role,
            String uscc,
            String resolution,
            Double score,
            List<String> candidates,
            String givenUscc,
            String organisationKey,
            String jurisdiction) {

        PartyRow(
                String caseNo,
                String name,
                String role,
                String uscc,
                String resolution,
                Double score,
                List<String> candidates,
                String givenUscc) {
            this(caseNo, name, role, uscc, resolution, score, candidates, givenUscc, null, null);
        }
    }

    static final Map<String, String> PARTY_TYPE = Map.of(
            "person", "person",
            "个人", "person",
            "自然人", "person",
            "company", "organisation",
            "organisation", "organisation",
            "organization", "organisation",
            "企业", "organisation",
            "单位", "organisation",
            "机构", "organisation");

    static final Map<String, String> ROLE = Map.ofEntries(
            Map.entry("plaintiff", "plaintiff"),
            Map.entry("原告", "plaintiff"),
            Map.entry("defendant", "defendant"),
            Map.entry("被告", "defendant"),
            Map.entry("third_party", "third_party"),
            Map.entry("第三人", "third_party"),
            Map.entry("applicant", "applicant"),
            Map.entry("申请人", "applicant"),
            Map.entry("申请执行人", "applicant"),
            Map.entry("enforced_party", "enforced_party"),
            Map.entry("被执行人", "enforced_party"),
            Map.entry("被申请人", "enforced_party"));

    private static final FileSpec SPEC = new FileSpec(
            "case_parties.csv",
            List.of("case_no", "party_name", "role"),
            List.of("party_uscc", "party_type", "party_jurisdiction"));

    /**
     * The party is the resolved company ({@code uscc}) or a {@code Party} node of this case and name
     * ({@code partyKey}); one {@code PARTY_TO} per party, case and role.
     */
    static final Write WRITE = Write.of(
            match("k", "Case", "caseNo", "caseNo"),
            oneOf(
                    "p",
                    when("uscc", match("p", "Company", "uscc", "uscc")),
                    when(
                            "organisationKey",
                            merge(
                                    "p",
                                    "Organisation",
                                    "key",
                                    "organisationKey",
                                    prop("name"),
                                    prop("jurisdiction"),
                                    prop("usccMissing"),
                                    prop("source", "organisationSource"))),
                    when(
                            "partyKey",
                            merge("p", "Party", "key", "partyKey"),
                            set("p", prop("name"), prop("resolution"), prop("candidates"), prop("uscc", "givenUscc")))),
            relate("t", "p", "PARTY_TO", "k", prop("role")),
            set("t", prop("partyName", "name"), prop("resolvedBy", "resolution"), prop("matchScore", "score")));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<PartyRow> parser(LoadContext context) {
        return row -> {
            var caseNo = CaseNumbers.normalise(row.required("case_no"));
            var name = Normalizer.normalize(row.required("party_name"), Normalizer.Form.NFKC)
                    .strip();
            var role = Values.oneOf(row, "role", ROLE);
            if (role == null) {
                throw new Reject(RejectReason.MISSING_VALUE, "role is empty");
            }
            if (!context.caseExists(caseNo)) {
                throw new Reject(
                        RejectReason.UNKNOWN_CASE, "case_no " + caseNo + " is not in cases.csv nor in the graph");
            }
            return resolve(row, context, caseNo, name, role);
        };
    }

    private static PartyRow resolve(Row row, LoadContext context, String caseNo, String name, String role) {
        // a malformed optional USCC is dropped (flagged) and the party resolved by name
        var given = Values.optional(
                row, "party_uscc", r -> r.get("party_uscc").isEmpty() ? null : Values.uscc(r, "party_uscc"));
        if (given != null) {
            var uscc = given.value();
            return context.companyExists(uscc)
                    ? new PartyRow(caseNo, name, role, uscc, "uscc", null, List.of(), uscc)
                    : new PartyRow(caseNo, name, role, null, "unknown_uscc", null, List.of(), uscc);
        }
        var jurisdiction = OrganisationKey.jurisdiction(row.get("party_jurisdiction"));
        var organisation = "organisation"
                .equals(Values.optional(row, "party_type", r -> Values.oneOf(r, "party_type", PARTY_TYPE)));
        if (OrganisationKey.foreign(jurisdiction)) {
            return organisation(caseNo, name, role, jurisdiction);
        }
        var index = context.cached(CompanyNameIndex.class, () -> CompanyNameIndex.build(context.companyNames()));
        Resolution r = index.resolve(name);
        var candidates =
                r.candidates().stream().map(Resolution.Candidate::uscc).limit(5).toList();
        return switch (r.outcome()) {
            case RESOLVED -> new PartyRow(caseNo, name, role, r.uscc(), "name", r.score(), List.of(), null);
            case AMBIGUOUS -> new PartyRow(caseNo, name, role, null, "ambiguous", r.score(), candidates, null);
            case UNRESOLVED ->
                organisation
                        ? organisation(caseNo, name, role, jurisdiction)
                        : new PartyRow(caseNo, name, role, null, "unresolved", null, candidates, null);
        };
    }

    private static PartyRow organisation(String caseNo, String name, String role, String jurisdiction) {
        var key = OrganisationKey.of(jurisdiction, null, name);
        return new PartyRow(caseNo, name, role, null, "organisation", null, List.of(), null, key, jurisdiction);
    }

    @Override
    public String detail(PartyRow p) {
        return "resolved_by_" + p.resolution();
    }

    @Override
    public Write write() {
        return WRITE;
    }

    @Override
    public Map<String, Object> parameters(PartyRow p) {
        var row = new HashMap<String, Object>();
        row.put("caseNo", p.caseNo());
        row.put("name", p.name());
        row.put("role", p.role());
        row.put("uscc", p.uscc());
        // a Party node's key, only for a party that is not a company
        row.put(
                "partyKey",
                p.uscc() != null || p.organisationKey() != null
                        ? null
                        : p.caseNo() + "|" + p.name().replaceAll("\\s+", ""));
        row.put("organisationKey", p.organisationKey());
        row.put("jurisdiction", p.jurisdiction());
        row.put("usccMissing", p.organisationKey() == null ? null : true);
        row.put("organisationSource", "case_parties");
        row.put("resolution", p.resolution());
        row.put("score", p.score());
        row.put("candidates", p.candidates());
        row.put("givenUscc", p.givenUscc());
        return row;
    }
}
