package dev.anchorgraph.loader.litigation;

import java.text.Normalizer;

/**
 * Case numbers as one key: court systems write {@code （2024）粤0305民初12345号} with full-width brackets as often
 * as with half-width ones, sometimes with spaces. NFKC folds full-width to half-width; spaces are dropped.
 */
final class CaseNumbers {

    private CaseNumbers() {}

    static String normalise(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * The kind of case its number says, or {@code null}: the type code after the court's (最高人民法院《关于人民法院案件
     * 案号的若干规定》: 民初, 民终, 执, 执恢, 执异, 刑初, 行终 …) starts with 执 for enforcement, 刑 criminal, 行
     * administrative, 民 (or the older 商) civil; 破 (bankruptcy) and 财保/诉保 (preservation) are civil proceedings.
     * No court's abbreviation has these characters (粤0305, 京03, 最高法, 兵), so the first of them after the year is
     * the type code's.
     */
    static String kind(String caseNo) {
        var close = caseNo.indexOf(')');
        for (int i = close + 1; i < caseNo.length(); i++) {
            var kind = switch (caseNo.charAt(i)) {
                case '执' -> "enforcement";
                case '刑' -> "criminal";
                case '行' -> "administrative";
                case '民', '商', '破', '财', '诉' -> "civil";
                default -> null;
            };
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }
}
