package dev.anchorgraph.loader.resolve;

import dev.anchorgraph.loader.resolve.Resolution.Candidate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Resolves litigation party names, which come without a USCC, to companies by name: a Lucene index finds candidates,
 * a normalised similarity scores them, and a threshold and a margin decide.
 *
 * <p>Every name is {@linkplain NameNormalizer normalised} and parsed into full name F, core name C (字号 + industry),
 * region R and a branch flag B. The index holds C as character bigrams, and F, C, C@R and R as exact terms.
 * {@link #resolve} then:
 * <ol>
 *   <li>parses the party name; an empty core, or a name that reads as a person's (two to four Han characters with no
 *       business word, 张伟), is UNRESOLVED at once;</li>
 *   <li>retrieves the k = 20 best names by BM25 over one disjunction of the exact F (boost 8), the exact C@R (6),
 *       the exact C (4) and the bigrams of C, so that the same name comes before the same core in the party's
 *       region, before the same core, before shared bigrams. BM25 only chooses candidates: its scores depend on the
 *       query and the collection and cannot be compared with a threshold;</li>
 *   <li>scores each candidate c, with G(x) the set of character bigrams of x (a one-character core is its own gram):
 *       <pre>
 *   s(p, c) = 1                                                           if F(p) = F(c)
 *   s(p, c) = max(0, dice(C(p), C(c)) − 0.12 − γ − ρ(R(p), R(c)) − β)      otherwise
 *   dice(a, b) = 2·|G(a) ∩ G(b)| / (|G(a)| + |G(b)|)
 *   γ = 0.10 when the cores differ, else 0
 *   ρ = 0 same region, 0.05 a region missing or one inside the other (广东 ⊃ 深圳), 0.30 two different regions
 *   β = 0.50 when one is a branch and the other is not, else 0</pre>
 *       Scores are rounded to four decimals.</li>
 *   <li>keeps each USCC's best-scoring name, ranks by score then USCC, and with s1, s2 the two best scores decides:
 *       RESOLVED if s1 ≥ 0.80 and s1 − s2 ≥ 0.10; otherwise AMBIGUOUS if s2 ≥ 0.80; otherwise UNRESOLVED.</li>
 * </ol>
 *
 * <p>Worked example: party 深圳市华瑞科技有限公司 against 深圳市华瑞精密科技有限公司. Cores 华瑞科技 and 华瑞精密科技, bigrams
 * {华瑞, 瑞科, 科技} and {华瑞, 瑞精, 精密, 密科, 科技}, two shared: dice = 2·2 / (3 + 5) = 0.50; the names differ (0.12),
 * the cores differ (γ = 0.10), the region is the same (ρ = 0): s = 0.50 − 0.12 − 0.10 = 0.28, not a match, whether
 * or not 深圳市华瑞科技有限公司 itself is in the index.
 *
 * <p>Why these numbers. Only the same normalised name (1.00) or the same core (at most 1 − 0.12 = 0.88) reaches the
 * threshold 0.80; a different core stays below 1 − 0.12 − 0.10 = 0.78 however similar. Normalisation takes care of
 * the ways one name is written; what it cannot make equal is another name, and firms of one region often differ by
 * one character or word (联东 and 业联东, 华瑞科技 and 华瑞精密科技). A lawsuit attached to the wrong firm misleads a
 * credit decision more than an unresolved party, whose candidates are still listed. Dice ranks the candidates and
 * sets the runner-up: the 0.10 for a different core keeps a one-character-longer trade name (dice 0.91, so 0.64)
 * clear of the right firm by more than the margin. The same core with the region missing on one side scores
 * 1 − 0.12 − 0.05 = 0.83 and resolves when it is the only such firm. The margin 0.10 is above the 0.05 that a region
 * adds, so that one core in two regions is AMBIGUOUS for a party without region (0.83 and 0.83), and below the 0.12
 * that an exact name adds, so that the exact name wins over its variants (1.00 against at most 0.88). A region
 * conflict costs 0.30, so the party's own region wins by 0.30 (0.88 or 1.00 against 0.58). Identical normalised
 * names both score 1.00: AMBIGUOUS, never a pick. A branch and its head office are different registered entities
 * (each has its USCC): the 0.50 keeps them apart, and the head office of an unknown branch is listed as a candidate,
 * never resolved to.
 *
 * <p>Cost: {@link #build} is O(n) analysis and indexing of n names, plus one merge into a single segment; resolve
 * scores O(k) candidates after Lucene's walk of the query terms' postings. The index lives in the heap
 * ({@link ByteBuffersDirectory}).
 *
 * <p>Results are deterministic: the index is sorted by USCC, so equal BM25 scores keep the lower USCC, and candidates
 * tie on USCC. Meant to be used from one thread: resolve() keeps no state of its own and Lucene's searcher is
 * thread-safe, but only single-threaded use is tested. Close it to free the index.
 */
public final class CompanyNameIndex implements AutoCloseable {

    static final int CANDIDATES = 20;
    static final int REPORTED = 5;

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(Candidate::uscc)
            .thenComparing(Candidate::name);

    private final ByteBuffersDirectory directory;
    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder bigrams;

    private CompanyNameIndex(ByteBuffersDirectory directory, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.bigrams = new QueryBuilder(analyzer);
    }

    /** Indexes the names; names that normalise to nothing are left out. */
    public static CompanyNameIndex build(Iterable<CompanyName> companies) {
        var directory = new ByteBuffersDirectory();
        var analyzer = new CoreNameAnalyzer();
        var config = new IndexWriterConfig(analyzer)
                .setIndexSort(new Sort(new SortField(NameFields.USCC, SortField.Type.STRING)))
                .setMergeScheduler(new SerialMergeScheduler())
                .setRAMBufferSizeMB(64)
                .setUseCompoundFile(false);
        try (var writer = new IndexWriter(directory, config)) {
            for (var company : companies) {
                var parsed = NameNormalizer.parse(company.name());
                if (!parsed.core().isEmpty()) {
                    writer.addDocument(NameFields.document(company, parsed));
                }
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the company name index", e);
        }
        try {
            return new CompanyNameIndex(directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the company name index", e);
        }
    }

    /** The firm a party name stands for, if one is a confident match; {@code null} or blank is UNRESOLVED. */
    public Resolution resolve(String partyName) {
        var party = NameNormalizer.parse(partyName);
        if (party.core().isEmpty() || OrgForms.looksLikePerson(party.full())) {
            return Resolution.unresolved();
        }
        try {
            var hits = searcher.search(NameFields.candidates(party, bigrams), CANDIDATES).scoreDocs;
            var docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
            var best = new HashMap<String, Candidate>();
            for (var company : NameFields.read(reader, docs)) {
                var candidate = new Candidate(
                        company.uscc(),
                        company.name(),
                        NameSimilarity.score(party, NameNormalizer.parse(company.name())));
                best.merge(candidate.uscc(), candidate, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
            var ranked = best.values().stream()
                    .filter(c -> c.score() > 0)
                    .sorted(BEST_FIRST)
                    .toList();
            return AcceptanceRule.decide(ranked, REPORTED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the company name index", e);
        }
    }

    @Override
    public void close() {
        try (directory;
                analyzer;
                reader) {
            // try-with-resources closes all three, the reader first, and reports the first failure
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the company name index", e);
        }
    }
}
