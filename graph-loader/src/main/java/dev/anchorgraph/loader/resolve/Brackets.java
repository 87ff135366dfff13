package dev.anchorgraph.loader.resolve;

/**
 * Bracketed parts of a name (after NFKC, so full-width {@code （）} are already {@code ()}): what registries and
 * courts add in brackets is mostly an annotation, (移市工商局), (原深圳市某某有限公司), (自然人独资), and not part of the
 * name; only a region, 某某科技(深圳)有限公司, and a partnership's form, (有限合伙), are.
 */
final class Brackets {

    // Quotation marks (「」『』) are not brackets: what they enclose is the name itself.
    private static final String OPENING = "[【〔〖{";
    private static final String CLOSING = "]】〕〗}";

    private Brackets() {}

    /** Every bracket shape becomes {@code (} or {@code )}. */
    static String unify(String text) {
        var sb = new StringBuilder(text.length());
        text.chars().forEach(c -> sb.append(OPENING.indexOf(c) >= 0 ? '(' : CLOSING.indexOf(c) >= 0 ? ')' : (char) c));
        return sb.toString();
    }

    /**
     * Keeps a top-level group that names a region or a partnership form, unwraps (集团) and (控股), and drops every
     * other group with what it contains, nested groups included. A bracket without its partner is dropped alone, its
     * text kept, because it cannot be told where an annotation it opened would end.
     */
    static String dropAnnotations(String text, RegionTable regions) {
        var sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '(' ? matching(text, i) : -1;
            if (close > 0) {
                var content = text.substring(i + 1, close);
                if (OrgForms.UNWRAPPED.contains(content)) {
                    sb.append(content);
                } else if (OrgForms.BRACKETED_FORMS.contains(content) || regions.inBrackets(content) != null) {
                    sb.append('(').append(content).append(')');
                }
                i = close + 1;
            } else {
                if (c != '(' && c != ')') {
                    sb.append(c);
                }
                i++;
            }
        }
        return sb.toString();
    }

    /** A name without its region groups, and the region of the first one ({@code null}: none). */
    record Taken(String rest, RegionTable.Region region) {}

    /** Takes the region groups out of a normalised name, where only region and form groups are left. */
    static Taken takeRegions(String name, RegionTable regions) {
        var sb = new StringBuilder(name.length());
        RegionTable.Region region = null;
        int i = 0;
        while (i < name.length()) {
            int close = name.charAt(i) == '(' ? name.indexOf(')', i) : -1;
            var found = close > 0 ? regions.inBrackets(name.substring(i + 1, close)) : null;
            if (found != null) {
                region = region == null ? found : region;
                i = close + 1;
            } else {
                sb.append(name.charAt(i++));
            }
        }
        return new Taken(sb.toString(), region);
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
