package dev.anchorgraph.loader.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Deterministic normalisation of Chinese company names, and their core name and region.
 *
 * <p>{@link #normalize} applies, in order:
 * <ol>
 *   <li>Unicode NFKC: full-width letters, digits and brackets become half-width ({@code （深圳）} → {@code (深圳)});</li>
 *   <li>every white-space and invisible format character is removed (ASCII, ideographic space, no-break, zero-width);</li>
 *   <li>{@code [] 【】 〔〕 〖〗 {}} become {@code ()}, and Latin letters are upper-cased;</li>
 *   <li>bracketed annotations are dropped: a bracketed group is kept only when it names a region ({@code (深圳)},
 *       {@code (中国)}) or a partnership's form ({@code (有限合伙)}); {@code (集团)} and {@code (控股)} lose their
 *       brackets; anything else ({@code (移市工商局)}, {@code (原深圳市某某有限公司)}, {@code (自然人独资)}) goes.</li>
 * </ol>
 *
 * <p>{@link #core} then takes the normalised name apart: a branch (分公司, 分行, 支行, 分厂, 分店, 分所; 营业部, 办事处 …
 * after a head office's legal form) is split into head office and qualifier; region groups in brackets are taken out;
 * legal-form suffixes (股份有限公司, 有限责任公司, 有限公司, 合伙企业(有限合伙), 个人独资企业, 合作社 …) are removed from
 * the end; region prefixes (广东省, 深圳市, 深圳, 浦东新区 …, from the bundled table of provinces, major cities and
 * districts) from the start, a bare city name (深圳 without 市) only when no region is in brackets. The region is the most specific one named; a branch's own region wins over its head
 * office's. Examples:
 * <pre>
 *   深圳市某某科技有限公司            core 某某科技  region 深圳
 *   某某科技（深圳）有限公司          core 某某科技  region 深圳
 *   广东省深圳市某某科技有限公司      core 某某科技  region 深圳
 *   某某科技有限公司深圳分公司        core 某某科技  region 深圳  branch
 *   某某投资合伙企业（有限合伙）      core 某某投资  no region
 *   北京银行股份有限公司              core 银行      region 北京
 *   中国银行股份有限公司              core 中国银行  no region (中国 counts as a region in brackets only)
 * </pre>
 * A region written between trade name and industry (某某深圳科技有限公司) is not recognised and stays in the core.
 */
public final class NameNormalizer {

    private static final RegionTable REGIONS = RegionTable.bundled();

    private NameNormalizer() {}

    /**
     * The core name and region of a company name.
     *
     * @param core   trade name and industry words, e.g. 某某科技; empty for an empty name
     * @param region canonical short name of the region, e.g. 深圳, or {@code null} when the name has none
     */
    public record Core(String core, String region) {}

    /** The normalised name (see the class comment); {@code null} and blank names give the empty string. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        var nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        var sb = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            if (!Character.isWhitespace(cp)
                    && !Character.isSpaceChar(cp)
                    && Character.getType(cp) != Character.FORMAT) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        var unified = Brackets.unify(sb.toString()).toUpperCase(Locale.ROOT);
        return Brackets.dropAnnotations(unified, REGIONS);
    }

    /** The core name and the region of a company name. */
    public static Core core(String raw) {
        var parsed = parse(raw);
        return new Core(parsed.core(), parsed.region());
    }

    /** Whether the name is a branch's: ends in 分公司, 分行, 支行 …, or in 营业部, 办事处 … after a legal form. */
    public static boolean isBranch(String raw) {
        return OrgForms.splitBranch(normalize(raw)).branch();
    }

    static ParsedName parse(String raw) {
        var full = normalize(raw);
        var split = OrgForms.splitBranch(full);
        var taken = Brackets.takeRegions(split.head(), REGIONS);
        var stripped = REGIONS.stripNamePrefixes(OrgForms.stripSuffixes(taken.rest()), taken.region() == null);
        var region = moreSpecific(stripped.region(), taken.region());
        var core = stripped.rest();
        if (split.branch()) {
            // 某某有限公司深圳分公司: the branch is where it is, whatever its head office's region.
            var qualifier = REGIONS.stripAll(split.qualifier());
            core += qualifier.rest();
            region = qualifier.region() != null ? qualifier.region() : region;
        }
        return new ParsedName(full, core, region == null ? null : region.name(), split.branch());
    }

    private static RegionTable.Region moreSpecific(RegionTable.Region a, RegionTable.Region b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.within(a) ? b : a;
    }
}
