package dev.anchorgraph.service.prospect;

import dev.anchorgraph.service.problem.ApiProblem;
import dev.anchorgraph.uscc.Uscc;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The sort key of the last row of a page: the next page starts strictly after it. Because the key ends with the
 * USCC, which is unique, "after" is exact: no row is repeated or skipped between pages, whatever the page size.
 * Opaque to callers (base64url), so its layout may change; the {@code 1:} prefix versions it.
 *
 * @param tierRank 0 for A … 3 for D, 4 for an unscored firm
 * @param score    the risk score, or -1 for an unscored firm
 */
record Cursor(int tierRank, double strength, long score, String uscc) {

    String encode() {
        var text = "1:" + tierRank + ":" + strength + ":" + score + ":" + uscc;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 5 || !parts[0].equals("1") || Uscc.problemWith(parts[4]) != null) {
                throw new IllegalArgumentException("layout");
            }
            var strength = Double.parseDouble(parts[2]);
            if (!Double.isFinite(strength)) {
                throw new IllegalArgumentException("strength");
            }
            return new Cursor(Integer.parseInt(parts[1]), strength, Long.parseLong(parts[3]), parts[4]);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this API returned; start again without one");
        }
    }

    Map<String, Object> parameters() {
        return Map.of("tierRank", tierRank, "strength", strength, "score", score, "uscc", uscc);
    }
}
