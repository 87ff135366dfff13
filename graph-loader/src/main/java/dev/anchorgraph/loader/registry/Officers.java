package dev.anchorgraph.loader.registry;

import static dev.anchorgraph.loader.ingest.Write.*;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import dev.anchorgraph.loader.ingest.Write;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * officers.csv: {@code (:Person)-[:OFFICER_OF {role, title}]->(:Company)}, one relationship per role (a person can be
 * legal representative and director). Known titles, English or Chinese, are normalised; others kept as written. A
 * registry's combined title ({@code 执行董事兼总经理}) is each of its roles, with the title as written kept on each.
 * A person without an id (vendor key-personnel lists) is keyed by the company and their name ({@link People}).
 */
public final class Officers implements RowType<Officers.Officer> {

    /** @param roles one to {@link #MAX_ROLES} roles, the first the title's first */
    record Officer(String company, String personId, String personName, List<String> roles, String title) {}

    /** Roles of one combined title written; a fourth (never seen in registry titles) is left in the title. */
    static final int MAX_ROLES = 3;

    private static final Pattern COMBINED = Pattern.compile("兼|、|/|，|,|;|；");

    private static final FileSpec SPEC =
            new FileSpec("officers.csv", List.of("company_uscc", "person_name", "role"), List.of("person_id"));

    /** One {@code OFFICER_OF} per person, company and role. */
    static final Write WRITE = Write.of(
            match("c", "Company", "uscc", "company"),
            merge("p", "Person", "id", "personId"),
            set("p", prop("name", "personName")),
            relate("o", "p", "OFFICER_OF", "c", prop("role")),
            set("o", prop("title")),
            ifPresent("role2", relate("o2", "p", "OFFICER_OF", "c", prop("role", "role2")), set("o2", prop("title"))),
            ifPresent("role3", relate("o3", "p", "OFFICER_OF", "c", prop("role", "role3")), set("o3", prop("title"))));

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
            var person = People.id(row, "person_id", company, name, context.pseudonyms());
            return new Officer(company, person, name, roles(title), title);
        };
    }

    /** {@code 执行董事兼总经理} → {@code [executive_director, general_manager]}; a single title → its one role. */
    static List<String> roles(String title) {
        var roles = new ArrayList<String>();
        var parts = Vocabulary.ROLE.containsKey(title) ? new String[] {title} : COMBINED.split(title);
        for (var part : parts) {
            var key = part.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            var role = Vocabulary.ROLE.getOrDefault(key, key);
            if (!key.isEmpty() && !roles.contains(role) && roles.size() < MAX_ROLES) {
                roles.add(role);
            }
        }
        return roles.isEmpty() ? List.of(title) : roles;
    }

    @Override
    public Write write() {
        return WRITE;
    }

    @Override
    public Map<String, Object> parameters(Officer o) {
        var row = new HashMap<String, Object>();
        row.put("company", o.company());
        row.put("personId", o.personId());
        row.put("personName", o.personName());
        row.put("title", o.title());
        for (int i = 0; i < MAX_ROLES; i++) {
            row.put(
                    i == 0 ? "role" : "role" + (i + 1),
                    i < o.roles().size() ? o.roles().get(i) : null);
        }
        return row;
    }
}
