package dev.anchorgraph.service.risk;

import java.util.List;
import java.util.Locale;

/**
 * The languages the model file has messages in. Chosen from {@code Accept-Language}: Chinese when asked for, else
 * English.
 */
public enum Language {
    EN,
    ZH;

    private static final List<String> TAGS = List.of("en", "zh");

    /** The best match for an {@code Accept-Language} header (weights honoured); English when none or unreadable. */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            var tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
            return "zh".equals(tag) ? ZH : EN;
        } catch (IllegalArgumentException malformed) {
            return EN; // a garbled header is no reason to refuse a risk answer
        }
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
