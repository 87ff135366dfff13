package dev.anchorgraph.loader.resolve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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
    /** Core name and region, one exact term: of many firms with one core, the party's region's comes first. */
    static final String CORE_REGION = "core_region";
    /** Region, one exact term: not used by the candidate query, kept for look-ups by region. */
    static final String REGION = "region";

    // Boosts only order the retrieval (exact name, exact core in the region, exact core, then shared bigrams); the
    // score that decides is NameSimilarity's. BM25 of a rare exact term is about ln(n), and a name with the exact
    // core also has every bigram of it, so each exact term puts its names above all that lack it.
    private static final float FULL_BOOST = 8;
    private static final float CORE_REGION_BOOST = 6;
    private static final float CORE_EXACT_BOOST = 4;

    private NameFields() {}

    static Document document(CompanyName company, ParsedName parsed) {
        var doc = new Document();
        // Doc values, not stored fields: reading k of them is cheaper than decompressing k stored-field blocks. The
        // USCC's also sort the index, so that Lucene's tie-break (lower doc id first) is a tie-break by USCC.
        doc.add(new SortedDocValuesField(USCC, new BytesRef(company.uscc())));
        doc.add(new BinaryDocValuesField(NAME, new BytesRef(company.name())));
        doc.add(new StringField(FULL, parsed.full(), Store.NO));
        doc.add(new StringField(CORE_EXACT, parsed.core(), Store.NO));
        doc.add(new TextField(CORE, parsed.core(), Store.NO));
        if (parsed.region() != null) {
            doc.add(new StringField(REGION, parsed.region(), Store.NO));
            doc.add(new StringField(CORE_REGION, coreRegion(parsed), Store.NO));
        }
        return doc;
    }

    /**
     * Names sharing the exact name, the exact core or a bigram with the party's. One flat disjunction, so that
     * Lucene's dynamic pruning (MaxScore) skips the long posting lists of common bigrams (科技, 贸易) once k
     * candidates score higher than they can add.
     */
    static Query candidates(ParsedName party, QueryBuilder bigrams) {
        var query = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(FULL, party.full())), FULL_BOOST), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(CORE_EXACT, party.core())), CORE_EXACT_BOOST), Occur.SHOULD);
        if (party.region() != null) {
            query.add(
                    new BoostQuery(new TermQuery(new Term(CORE_REGION, coreRegion(party))), CORE_REGION_BOOST),
                    Occur.SHOULD);
        }
        // A party "name" may be a whole paragraph; its first 64 characters are enough to find candidates and keep
        // the query under Lucene's clause limit.
        var core = party.core();
        var grams = bigrams.createBooleanQuery(CORE, core.substring(0, Math.min(core.length(), 64)));
        if (grams instanceof BooleanQuery clauses) {
            clauses.clauses().forEach(query::add);
        } else if (grams != null) {
            query.add(grams, Occur.SHOULD);
        }
        return query.build();
    }

    /** The company of each document, {@code docs} in increasing order. */
    static List<CompanyName> read(IndexReader reader, int[] docs) throws IOException {
        var companies = new ArrayList<CompanyName>(docs.length);
        var leaves = reader.leaves();
        SortedDocValues usccs = null;
        BinaryDocValues names = null;
        int leafIndex = -1;
        for (int doc : docs) {
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                usccs = leaves.get(at).reader().getSortedDocValues(USCC);
                names = leaves.get(at).reader().getBinaryDocValues(NAME);
            }
            int local = doc - leaves.get(at).docBase;
            if (usccs.advanceExact(local) && names.advanceExact(local)) {
                companies.add(new CompanyName(
                        usccs.lookupOrd(usccs.ordValue()).utf8ToString(),
                        names.binaryValue().utf8ToString()));
            }
        }
        return companies;
    }

    private static String coreRegion(ParsedName parsed) {
        return parsed.core() + "@" + parsed.region();
    }
}
