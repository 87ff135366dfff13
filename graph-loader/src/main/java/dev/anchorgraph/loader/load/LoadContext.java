package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.Neo4jConnection;
import dev.anchorgraph.loader.person.Pseudonyms;
import java.util.HashSet;
import java.util.Set;

/**
 * What row parsers may consult during a load: the companies and cases that exist (in the graph, which the earlier
 * files of this load have already been written to), and the keyed pseudonyms for person identifiers.
 */
public final class LoadContext {

    private final Neo4jConnection neo4j;
    private final Pseudonyms pseudonyms;
    private Set<String> companies;
    private Set<String> cases;
    private Set<String> industries;
    private final java.util.Map<Class<?>, Object> cache = new java.util.HashMap<>();

    LoadContext(Neo4jConnection neo4j, Pseudonyms pseudonyms) {
        this.neo4j = neo4j;
        this.pseudonyms = pseudonyms;
    }

    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    public Neo4jConnection neo4j() {
        return neo4j;
    }

    public boolean companyExists(String uscc) {
        if (companies == null) {
            companies = keys("MATCH (c:Company) RETURN c.uscc AS key");
        }
        return companies.contains(uscc);
    }

    public boolean caseExists(String caseNo) {
        if (cases == null) {
            cases = keys("MATCH (c:Case) RETURN c.caseNo AS key");
        }
        return cases.contains(caseNo);
    }

    public boolean industryExists(String code) {
        if (industries == null) {
            industries = keys("MATCH (i:Industry) RETURN i.code AS key");
        }
        return industries.contains(code);
    }

    /** One instance per load of something expensive built from the graph (the name index), made on first use. */
    public <T> T cached(Class<T> type, java.util.function.Supplier<T> factory) {
        return type.cast(cache.computeIfAbsent(type, t -> factory.get()));
    }

    /** Releases what {@link #cached} built (the name index holds a Lucene directory). */
    void close() {
        cache.values().forEach(LoadContext::closeQuietly);
        cache.clear();
    }

    private static void closeQuietly(Object o) {
        if (o instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing is left to lose at the end of a load
            }
        }
    }

    /** Called after a file is written: what exists may have grown. */
    void graphChanged() {
        companies = null;
        cases = null;
        close();
    }

    private Set<String> keys(String cypher) {
        var result = new HashSet<String>();
        try (var session = neo4j.driver().session(neo4j.session())) {
            session.run(cypher).forEachRemaining(r -> result.add(r.get("key").asString()));
        }
        return result;
    }
}
