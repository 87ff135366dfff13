package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.person.Pseudonyms;
import dev.anchorgraph.loader.resolve.CompanyName;
import java.util.List;
import java.util.Set;

/**
 * What row parsers may consult during a load: the companies and cases that exist (in the target graph, which the
 * earlier files of this load have already been written to), and the keyed pseudonyms for person identifiers.
 */
public final class LoadContext {

    private final LoadTarget target;
    private final Pseudonyms pseudonyms;
    private Set<String> companies;
    private Set<String> cases;
    private Set<String> industries;
    private final java.util.Map<Class<?>, Object> cache = new java.util.HashMap<>();

    LoadContext(LoadTarget target, Pseudonyms pseudonyms) {
        this.target = target;
        this.pseudonyms = pseudonyms;
    }

    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    public boolean companyExists(String uscc) {
        if (companies == null) {
            companies = target.companies();
        }
        return companies.contains(uscc);
    }

    public boolean caseExists(String caseNo) {
        if (cases == null) {
            cases = target.cases();
        }
        return cases.contains(caseNo);
    }

    public boolean industryExists(String code) {
        if (industries == null) {
            industries = target.industries();
        }
        return industries.contains(code);
    }

    /** Every named company of the target graph, ordered by USCC (to build the name index from). */
    public List<CompanyName> companyNames() {
        return target.companyNames();
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
}
