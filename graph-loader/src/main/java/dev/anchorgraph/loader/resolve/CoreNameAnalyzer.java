package dev.anchorgraph.loader.resolve;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Core names as overlapping character bigrams (某某科技 → 某某 某科 科技), a lone Han character as itself. Bigrams,
 * not words: Chinese names have no spaces, and a dictionary segmenter would split unknown trade names unpredictably.
 * Latin and digit runs stay whole words (TCL, 3D). No stop words: in a core every character counts.
 */
final class CoreNameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        // Width folding repeats NFKC on purpose: the analyzer stays right for text that did not go through it.
        var stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
        return new TokenStreamComponents(source, stream);
    }
}
