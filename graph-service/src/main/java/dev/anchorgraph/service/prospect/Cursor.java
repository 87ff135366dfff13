package dev.anchorgraph.service.prospect;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.uscc.Uscc;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The sort key of the last row of a page: the next page starts strictly after it. Because the key ends with the
 * USCC, which is unique, "after" is exact: no row is repeated or skipped between pages, whatever the page size.
 * Opaque to callers (base64url), so its layout may change; the {@code 2:} prefix versions it. A cursor is only good
 * for the order it was made in.
 *
 * @param sort the order of the page it ends
 * @param k1   the order's keys as numbers, each ascending (ProspectQueries)
 */
record Cursor(ProspectSort sort, double k1, double k2, double k3, String uscc) {

    String encode() {
        var text = "2:" + sort + ":" + k1 + ":" + k2 + ":" + k3 + ":" + uscc;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor, ProspectSort sort) {
        Cursor decoded;
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 6 || !parts[0].equals("2") || Uscc.problemWith(parts[5]) != null) {
                throw new IllegalArgumentException("layout");
            }
            var keys = new double[3];
            for (int i = 0; i < 3; i++) {
                keys[i] = Double.parseDouble(parts[2 + i]);
                if (!Double.isFinite(keys[i])) {
                    throw new IllegalArgumentException("key");
                }
            }
            decoded = new Cursor(
                    ProspectSort.valueOf(parts[1].toUpperCase(Locale.ROOT)), keys[0], keys[1], keys[2], parts[5]);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this API returned; start again without one");
        }
        if (decoded.sort() != sort) {
            throw ApiProblem.invalid(
                    "cursor",
                    "was made for sort=" + decoded.sort() + ", not sort=" + sort + "; start again without one");
        }
        return decoded;
    }

    Map<String, Object> parameters() {
        return Map.of("k1", k1, "k2", k2, "k3", k3, "uscc", uscc);
    }
}
