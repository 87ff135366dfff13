package dev.anchorgraph.service.fraud;

import dev.anchorgraph.service.problem.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Pages of flags and rings follow their unique keys; the cursor is the last key of a page, opaque to callers. */
final class KeyCursor {

    private KeyCursor() {}

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("1:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key to continue after, "" for the first page. */
    static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return "";
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("1:") || text.length() < 3) {
                throw new IllegalArgumentException("layout");
            }
            return text.substring(2);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this API returned; start again without one");
        }
    }
}
