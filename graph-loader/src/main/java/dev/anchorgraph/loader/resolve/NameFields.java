package dev.anchorgraph.loader.resolve;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/** The Lucene fields of one company name, and the candidate query over them. */
final class NameFields {

    static final String USCC = "uscc";
    static final String NAME = "name";
    /** Normalised full name, one exact term. */
    static final String FULL = "full";
    /** Core name as character bigrams. */
    static final String CORE = "core";
    /** Core name, one exact term: every firm with the same core is retrieved before any merely similar one. */
    static final String CORE_EXACT = "core_exact";
    static final String REGION = "region";

    // Boosts only order the retrieval (exact name, then exact core, then shared bigrams); the score that decides is
    // NameSimilarity's. BM25 of a rare exact term is about ln(n); eight and four times it dominate any bigram sum.
    private static final float FULL_BOOST = 8;
    private static final float CORE_EXACT_BOOST = 4;
    private static final float REGION_BOOST = 0.5f;

    private NameFields() {}

    static Document document(CompanyName company, ParsedName parsed) {
        var doc = new Document();
        doc.add(new StoredField(USCC, company.uscc()));
        // Doc values sort the index by USCC, so that Lucene's tie-break (lower doc id first) is a tie-break by USCC.
        doc.add(new SortedDocValuesField(USCC, new BytesRef(company.uscc())));
        doc.add(new StoredField(NAME, company.name()));
        doc.add(new StringField(FULL, parsed.full(), Store.NO));
        doc.add(new StringField(CORE_EXACT, parsed.core(), Store.NO));
        doc.add(new TextField(CORE, parsed.core(), Store.NO));
        if (parsed.region() != null) {
            doc.add(new StringField(REGION, parsed.region(), Store.NO));
        }
        return doc;
    }

    /** Names sharing the exact name, the exact core or a bigram with the party's; its region's names a little higher. */
    static Query candidates(ParsedName party, QueryBuilder bigrams) {
        var match = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(FULL, party.full())), FULL_BOOST), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(CORE_EXACT, party.core())), CORE_EXACT_BOOST), Occur.SHOULD);
        var grams = bigrams.createBooleanQuery(CORE, party.core());
        if (grams != null) {
            match.add(grams, Occur.SHOULD);
        }
        var query = new BooleanQuery.Builder().add(match.build(), Occur.MUST);
        if (party.region() != null) {
            query.add(new BoostQuery(new TermQuery(new Term(REGION, party.region())), REGION_BOOST), Occur.SHOULD);
        }
        return query.build();
    }
}
