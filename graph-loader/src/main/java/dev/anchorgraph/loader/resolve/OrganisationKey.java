package dev.anchorgraph.loader.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The key of an organisation without a USCC (docs/adr/0011-organisations-without-uscc.md): by its foreign registration
 * number when given, else by jurisdiction and normalised name. Equal keys are one organisation; anything looser would
 * merge different holders.
 */
public final class OrganisationKey {

    /** Jurisdictions as registry extracts write them, to ISO 3166-1 alpha-2. */
    private static final Map<String, String> JURISDICTIONS = Map.ofEntries(
            Map.entry("中国", "CN"),
            Map.entry("中国大陆", "CN"),
            Map.entry("中华人民共和国", "CN"),
            Map.entry("香港", "HK"),
            Map.entry("中国香港", "HK"),
            Map.entry("澳门", "MO"),
            Map.entry("中国澳门", "MO"),
            Map.entry("台湾", "TW"),
            Map.entry("中国台湾", "TW"),
            Map.entry("英属维尔京群岛", "VG"),
            Map.entry("英属维京群岛", "VG"),
            Map.entry("BVI", "VG"),
            Map.entry("开曼群岛", "KY"),
            Map.entry("百慕大", "BM"),
            Map.entry("新加坡", "SG"),
            Map.entry("美国", "US"),
            Map.entry("英国", "GB"),
            Map.entry("日本", "JP"),
            Map.entry("韩国", "KR"),
            Map.entry("德国", "DE"),
            Map.entry("法国", "FR"),
            Map.entry("荷兰", "NL"),
            Map.entry("卢森堡", "LU"),
            Map.entry("萨摩亚", "WS"));

    private OrganisationKey() {}

    /** The jurisdiction as an ISO code where the word is known, else as written (upper case); {@code null} if empty. */
    public static String jurisdiction(String raw) {
        var s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return null;
        }
        return JURISDICTIONS.getOrDefault(
                s, JURISDICTIONS.getOrDefault(s.toUpperCase(Locale.ROOT), s.toUpperCase(Locale.ROOT)));
    }

    /** Whether a jurisdiction is known to be outside mainland China (where every organisation has a USCC). */
    public static boolean foreign(String jurisdiction) {
        return jurisdiction != null && !jurisdiction.equals("CN");
    }

    /**
     * Whether a name reads as a natural person's (two to four Han characters, no business word at its end): how a
     * holder whose type a file does not say, or says in words we do not know, is told from an organisation.
     */
    public static boolean looksLikePerson(String name) {
        return OrgForms.looksLikePerson(compact(name));
    }

    public static String of(String jurisdiction, String registrationNo, String name) {
        var where = jurisdiction == null ? "?" : jurisdiction;
        if (registrationNo != null && !compact(registrationNo).isEmpty()) {
            return "reg/" + where + "/" + compact(registrationNo).toUpperCase(Locale.ROOT);
        }
        return "name/" + where + "/" + compact(name).toLowerCase(Locale.ROOT);
    }

    /** NFKC (full-width forms, brackets), without white space, punctuation or symbols. */
    private static String compact(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]+", "");
    }
}
