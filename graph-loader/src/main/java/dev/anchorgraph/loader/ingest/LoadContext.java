package dev.anchorgraph.loader.ingest;

import dev.anchorgraph.loader.money.FxRates;
import dev.anchorgraph.loader.person.Pseudonyms;
import dev.anchorgraph.loader.resolve.CompanyName;
import java.util.List;
import java.util.function.Supplier;

/**
 * What row parsers may consult during a load: the companies and cases that exist (in the target graph, which the
 * earlier files of this load have already been written to), and the keyed pseudonyms for person identifiers.
 * An interface here, so that the feature packages need nothing of {@code load}, which implements it.
 */
public interface LoadContext {

    Pseudonyms pseudonyms();

    /** The rates for the CNY equivalent of money in other currencies. */
    FxRates fxRates();

    boolean companyExists(String uscc);

    boolean caseExists(String caseNo);

    boolean industryExists(String code);

    /** Every named company of the target graph, ordered by USCC (to build the name index from). */
    List<CompanyName> companyNames();

    /** One instance per load of something expensive built from the graph (the name index), made on first use. */
    <T> T cached(Class<T> type, Supplier<T> factory);
}
