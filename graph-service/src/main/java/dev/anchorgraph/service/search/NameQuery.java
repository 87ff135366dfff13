package dev.anchorgraph.service.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a person typed into a query for the {@code company_name} full-text index (CJK analyzer: overlapping
 * bigrams). Variants of one name must find the same firm, so the text is normalised the way names vary: NFKC folds
 * full-width letters, digits and brackets to half-width; brackets and punctuation become separators (深圳 in
 * 某某科技（深圳）有限公司 is still searched for); company-form words (有限公司, 分公司, Co., Ltd. …) are dropped because
 * nearly every name has one. Each remaining word is searched as a phrase (boosted) and as its bigrams, so a name
 * holding the whole word ranks first and one holding parts of it still matches.
 *
 * <p>User text never reaches Lucene as syntax: only letters and digits survive normalisation, words are lower-cased
 * (so AND, OR, NOT are plain words) and every Lucene special character is escaped all the same.
 */
final class NameQuery {

    /** Longest first, so 股份有限公司 is taken whole rather than leaving 股份. */
    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司", "分公司", "公司");

    private static final List<String> FORM_WORDS =
            List.of("co", "ltd", "limited", "inc", "corp", "corporation", "company", "llc", "plc", "gmbh");
    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private NameQuery() {}

    /** The words to search for, space separated; empty when nothing searchable is left. */
    static String normalise(String typed) {
        var folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var separated = folded.codePoints()
                .map(cp -> Character.isLetterOrDigit(cp) ? cp : ' ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        for (var suffix : SUFFIXES) {
            // anywhere, not only at the end: 某某科技有限公司深圳分公司 is the firm 某某科技 and the place 深圳
            separated = separated.replace(suffix, " ");
        }
        var words = new ArrayList<String>();
        for (var word : separated.trim().split("\\s+")) {
            if (!word.isEmpty() && !FORM_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** The Lucene query for normalised words: each as an escaped phrase (boosted) and as plain terms. */
    static String lucene(String normalised) {
        return Arrays.stream(normalised.split(" "))
                .filter(w -> !w.isEmpty())
                .map(NameQuery::escape)
                .map(w -> "\"" + w + "\"^2 " + w)
                .collect(Collectors.joining(" "));
    }

    static String escape(String word) {
        var out = new StringBuilder(word.length());
        for (var c : word.toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
