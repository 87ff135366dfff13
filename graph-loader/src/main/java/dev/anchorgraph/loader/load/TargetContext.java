package dev.anchorgraph.loader.load;

import dev.anchorgraph.loader.ingest.LoadContext;
import dev.anchorgraph.loader.money.FxRates;
import dev.anchorgraph.loader.person.Pseudonyms;
import dev.anchorgraph.loader.resolve.CompanyName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The {@link LoadContext} of one load: answers from its {@link LoadTarget}, snapshots renewed after each file. */
final class TargetContext implements LoadContext {

    private final LoadTarget target;
    private final Pseudonyms pseudonyms;
    private final FxRates fxRates;
    private Set<String> companies;
    private Set<String> cases;
    private Set<String> industries;
    private final Map<Class<?>, Object> cache = new HashMap<>();

    TargetContext(LoadTarget target, Pseudonyms pseudonyms, FxRates fxRates) {
        this.target = target;
        this.pseudonyms = pseudonyms;
        this.fxRates = fxRates;
    }

    @Override
    public FxRates fxRates() {
        return fxRates;
    }

    @Override
    public Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    @Override
    public boolean companyExists(String uscc) {
        if (companies == null) {
            companies = target.companies();
        }
        return companies.contains(uscc);
    }

    @Override
    public boolean caseExists(String caseNo) {
        if (cases == null) {
            cases = target.cases();
        }
        return cases.contains(caseNo);
    }

    @Override
    public boolean industryExists(String code) {
        if (industries == null) {
            industries = target.industries();
        }
        return industries.contains(code);
    }

    @Override
    public List<CompanyName> companyNames() {
        return target.companyNames();
    }

    @Override
    public <T> T cached(Class<T> type, Supplier<T> factory) {
        return type.cast(cache.computeIfAbsent(type, t -> factory.get()));
    }

    /** Releases what {@link #cached} built (the name index holds a Lucene directory). */
    void close() {
        cache.values().forEach(TargetContext::closeQuietly);
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
