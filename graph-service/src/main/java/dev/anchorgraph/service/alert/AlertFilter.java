package dev.anchorgraph.service.alert;

import dev.anchorgraph.contract.AlertType;
import dev.anchorgraph.contract.Severity;
import dev.anchorgraph.service.problem.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated filters of an alert listing, as query parameters. {@code before}: the page starts below this
 * sequence number (from the cursor). {@code watcher}: only firms on this user's watchlist.
 */
record AlertFilter(
        OffsetDateTime since,
        List<AlertType> types,
        String uscc,
        List<Severity> severities,
        Boolean acknowledged,
        String lender,
        Long before,
        int limit,
        String watcher) {

    AlertFilter(
            OffsetDateTime since,
            List<AlertType> types,
            String uscc,
            List<Severity> severities,
            Boolean acknowledged,
            String lender,
            Long before,
            int limit) {
        this(since, types, uscc, severities, acknowledged, lender, before, limit, null);
    }

    /** The same filters, narrowed to the firms on {@code owner}'s watchlist ({@code null}: no such narrowing). */
    AlertFilter watchedBy(String owner) {
        return new AlertFilter(since, types, uscc, severities, acknowledged, lender, before, limit, owner);
    }

    AlertFilter {
        // Spring splits a list parameter at commas and trims each part: an element that trims to nothing (",",
        // a control character) arrives as null, and is malformed rather than "no filter"
        if (types != null && types.contains(null)) {
            throw ApiProblem.invalid(
                    "type",
                    "must be one or more of "
                            + Arrays.stream(AlertType.values())
                                    .map(AlertType::code)
                                    .toList());
        }
        if (severities != null && severities.contains(null)) {
            throw ApiProblem.invalid("severity", "must be one or more of high, medium, low");
        }
    }

    Map<String, Object> parameters() {
        var p = new HashMap<String, Object>();
        // alerts are raised in UTC; the bound is given in UTC too, so the comparison is instant against instant
        p.put("since", since == null ? null : since.withOffsetSameInstant(ZoneOffset.UTC));
        p.put(
                "types",
                types == null || types.isEmpty()
                        ? null
                        : types.stream().map(AlertType::code).toList());
        p.put("uscc", uscc);
        p.put("lender", lender);
        p.put("watcher", watcher);
        p.put(
                "severities",
                severities == null || severities.isEmpty()
                        ? null
                        : severities.stream().map(Severity::code).toList());
        p.put("acknowledged", acknowledged);
        p.put("before", before);
        p.put("limit", limit + 1);
        return p;
    }

    boolean matches(Alert a) {
        return (types == null
                        || types.isEmpty()
                        || types.stream().anyMatch(t -> t.code().equals(a.type())))
                && (severities == null
                        || severities.isEmpty()
                        || severities.stream().anyMatch(s -> s.code().equals(a.severity())))
                && (uscc == null || uscc.equals(a.uscc()))
                && (acknowledged == null || acknowledged == a.acknowledged())
                && (since == null || !a.raisedAt().isBefore(since));
    }

    /** An ISO date-time with offset, or a date (its start, UTC). */
    static OffsetDateTime since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // an unencoded '+' of an offset arrives as a space
        text = text.trim().replace(' ', '+');
        try {
            return text.length() <= 10
                    ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(
                    "since", "must be a date (2026-11-30) or a date-time with offset (2026-11-30T08:00:00Z)");
        }
    }

    static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("1:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static Long before(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("1:")) {
                throw new IllegalArgumentException("layout");
            }
            return Long.parseLong(text.substring(2));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor this API returned; start again without one");
        }
    }
}
