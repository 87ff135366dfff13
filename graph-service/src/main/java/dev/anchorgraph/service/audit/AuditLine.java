package dev.anchorgraph.service.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

/**
 * One audit record, written as one line of JSON: when, who (name, how authenticated, roles), from where, which
 * route (the pattern when a handler was found, else the path), the firms looked up, the status and the time taken.
 * Never a request or response body.
 */
record AuditLine(
        Instant at,
        String who,
        String via,
        Collection<String> roles,
        String remote,
        String method,
        String route,
        Collection<String> firms,
        int status,
        double ms,
        boolean cancelled) {

    String json() {
        var s = new StringBuilder(256);
        s.append("{\"at\":\"").append(at).append('"');
        field(s, "who", who);
        field(s, "via", via);
        list(s, "roles", roles);
        field(s, "remote", remote);
        field(s, "method", method);
        field(s, "route", route);
        list(s, "firms", firms);
        s.append(",\"status\":").append(status);
        s.append(",\"ms\":").append(Math.round(ms * 10) / 10.0);
        if (cancelled) {
            s.append(",\"cancelled\":true");
        }
        return s.append('}').toString();
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append(",\"").append(name).append("\":");
        string(s, value);
    }

    private static void list(StringBuilder s, String name, Collection<String> values) {
        s.append(",\"").append(name).append("\":[");
        var first = true;
        for (var v : values) {
            if (!first) {
                s.append(',');
            }
            string(s, v);
            first = false;
        }
        s.append(']');
    }

    /** JSON string escaping: the route and caller names come from outside, and must not forge a second line. */
    private static void string(StringBuilder s, String value) {
        if (value == null) {
            s.append("null");
            return;
        }
        s.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
