package dev.anchorgraph.loader.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The organisation-form words of Chinese enterprise names (企业名称登记管理规定): legal-form suffixes, branch markers,
 * and the few words that tell a firm from a natural person. All work on normalised names (half-width brackets).
 */
final class OrgForms {

    /** Legal-form suffixes, longest first so that 股份有限公司 goes whole rather than as 有限公司 after 股份. */
    static final List<String> SUFFIXES = longestFirst(
            "股份有限公司",
            "有限责任公司",
            "有限公司",
            "股份公司",
            "总公司",
            "公司",
            "个人独资企业",
            "合伙企业",
            "(有限合伙)",
            "(普通合伙)",
            "(特殊普通合伙)",
            "农民专业合作社",
            "专业合作社",
            "合作社");

    /** Bracketed words that belong to the legal form and are kept by normalisation (not annotations). */
    static final List<String> BRACKETED_FORMS = List.of("有限合伙", "普通合伙", "特殊普通合伙");

    /** Bracketed words that are part of the name proper: 某某(集团)有限公司 is 某某集团有限公司. */
    static final List<String> UNWRAPPED = List.of("集团", "控股");

    /** End a branch name whatever precedes them. */
    private static final List<String> BRANCH_MARKERS = longestFirst("分公司", "分行", "支行", "分厂", "分店", "分所");

    /** End a branch name only after a head office's legal form: 某某五金营业部 alone is a sole trader. */
    private static final List<String> WEAK_BRANCH_MARKERS = longestFirst("营业部", "营业所", "办事处", "代表处", "分理处", "分部");

    /** Words that end a head office's name, so that the branch qualifier starts after the last of them. */
    private static final List<String> HEAD_ENDINGS =
            List.of("公司", "企业", "(有限合伙)", "(普通合伙)", "(特殊普通合伙)", "合作社", "银行", "事务所");

    /** Endings of business names without a legal form (个体工商户 and the like): 某某商行, 某某五金店. */
    private static final List<String> BUSINESS_WORDS = Stream.concat(
                    SUFFIXES.stream(),
                    Stream.of("企业", "商行", "商店", "经营部", "门市部", "工作室", "中心", "厂", "店", "行", "部", "社", "所", "院", "馆", "场"))
            .toList();

    private OrgForms() {}

    /** A name split into its head office and, for a branch, the words between the head's form and the marker. */
    record Split(String head, String qualifier, boolean branch) {}

    static Split splitBranch(String name) {
        var marker = endingIn(name, BRANCH_MARKERS);
        var weak = marker == null ? endingIn(name, WEAK_BRANCH_MARKERS) : null;
        if (marker == null && weak == null) {
            return new Split(name, "", false);
        }
        var rest = name.substring(0, name.length() - (marker != null ? marker : weak).length());
        int headEnd = headEnd(rest);
        if (headEnd < 0) {
            // 某某超市南山分店 names a branch without a legal form; a weak marker alone (某某五金营业部) does not.
            return weak != null || rest.isEmpty() ? new Split(name, "", false) : new Split(rest, "", true);
        }
        return new Split(rest.substring(0, headEnd), rest.substring(headEnd), true);
    }

    /** Removes legal-form suffixes from the end as long as something is left. */
    static String stripSuffixes(String name) {
        var text = name;
        for (var suffix = endingIn(text, SUFFIXES);
                suffix != null && suffix.length() < text.length();
                suffix = endingIn(text, SUFFIXES)) {
            text = text.substring(0, text.length() - suffix.length());
        }
        return text;
    }

    /**
     * Whether a normalised party name reads as a natural person's: two to four Han characters and no business word
     * at its end that leaves a two-character name before it (张伟, 李行; but not 大发商行).
     */
    static boolean looksLikePerson(String name) {
        if (name.length() < 2
                || name.length() > 4
                || !name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return false;
        }
        return BUSINESS_WORDS.stream().noneMatch(w -> name.endsWith(w) && name.length() - w.length() >= 2);
    }

    private static int headEnd(String text) {
        int end = -1;
        for (var ending : HEAD_ENDINGS) {
            int at = text.lastIndexOf(ending);
            if (at >= 0) {
                end = Math.max(end, at + ending.length());
            }
        }
        return end;
    }

    private static String endingIn(String text, List<String> endings) {
        for (var ending : endings) {
            if (text.endsWith(ending)) {
                return ending;
            }
        }
        return null;
    }

    private static List<String> longestFirst(String... words) {
        return Stream.of(words)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
