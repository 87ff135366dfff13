package dev.anchorgraph.loader.registry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.ingest.Write;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * officers.csv: {@code (:Person)-[:OFFICER_OF {role}]->(:Company)}, one relationship per role (a person can be
 * legal representative and director). Known titles, English or Chinese, are normalised; others kept as written.
 */
public final class Officers implements RowType<Officers.Officer> {

    record Officer(String company, String personId, String personName, String role) {}

    private static final FileSpec SPEC =
            new FileSpec("officers.csv", List.of("company_uscc", "person_id", "person_name", "role"), List.of());

    /** One {@code OFFICER_OF} per person, company and role. */
    static final Write WRITE = Write.of(
            match("c", "Company", "uscc", "company"),
            merge("p", "Person", "id", "personId"),
            set("p", prop("name", "personName")),
            relate("p", "OFFICER_OF", "c", prop("role")));

    @Override
    public FileSpec spec() {
        return SPEC;
    }

    @Override
    public RowParser<Officer> parser(LoadContext context) {
        return row -> {
            var company = CompanyFlags.existing(row, "company_uscc", context);
            var name = row.required("person_name");
            var title = row.required("role");
            var key = title.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            var role = Vocabulary.ROLE.getOrDefault(key, key);
            return new Officer(company, context.pseudonyms().of(row.required("person_id")), name, role);
        };
    }

    @Override
    public Write write() {
        return WRITE;
    }

    @Override
    public Map<String, Object> parameters(Officer o) {
        return Map.of("company", o.company(), "personId", o.personId(), "personName", o.personName(), "role", o.role());
    }
}
