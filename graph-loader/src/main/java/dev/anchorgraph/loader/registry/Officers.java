package dev.anchorgraph.loader.registry;

import dev.anchorgraph.loader.csv.FileSpec;
import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.ingest.RowType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * officers.csv: {@code (:Person)-[:OFFICER_OF {role}]->(:Company)}, one relationship per role (a person can be
 * legal representative and director). Known titles, English or Chinese, are normalised; others kept as written.
 */
public final class Officers implements RowType<Officers.Officer> {

    record Officer(String company, String personId, String personName, String role) {}

    private static final FileSpec SPEC = new FileSpec("officers.csv",
            List.of("company_uscc", "person_id", "person_name", "role"), List.of());

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
    public String cypher() {
        return """
                UNWIND $rows AS row
                MATCH (c:Company {uscc: row.company})
                MERGE (p:Person {id: row.personId})
                SET p.name = row.personName
                MERGE (p)-[:OFFICER_OF {role: row.role}]->(c)
                RETURN count(*) AS written
                """;
    }

    @Override
    public void apply(Map<String, Object> row, ImportGraph graph) {
        var c = graph.match("Company", (String) row.get("company"));
        var p = graph.merge("Person", "id", (String) row.get("personId"));
        p.set("name", row.get("personName"));
        graph.merge(p, "OFFICER_OF", c, Map.of("role", row.get("role")));
    }

    @Override
    public Map<String, Object> parameters(Officer o) {
        return Map.of("company", o.company(), "personId", o.personId(), "personName", o.personName(), "role", o.role());
    }
}
