package dev.anchorgraph.service.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One configured API key: the SHA-256 of the key (hex; the key itself is never stored), the role it is bound to, and
 * a name for the audit log (the system or person it was issued to). Configured as {@code sha256:role:name}.
 */
record ApiKey(String sha256, Role role, String name) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** Parses {@code sha256:role:name}; the message of a refusal never repeats the entry (it may be a key pasted by mistake). */
    static ApiKey parse(String entry, String where) {
        var parts = entry.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalStateException(where + ": an API key entry is sha256:role:name (three fields separated "
                    + "by ':'), this one has " + parts.length + " field(s)");
        }
        var hash = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalStateException(where + ": the first field must be the SHA-256 of the key as 64 hex "
                    + "digits (see docs/access.md), not the key itself");
        }
        var role = Role.of(parts[1].strip())
                .orElseThrow(() -> new IllegalStateException(where + ": unknown role '" + parts[1].strip()
                        + "'; roles are risk-reader, prospector, analyst, admin"));
        var name = parts[2].strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException(
                    where + ": the name must be 1-64 letters, digits or . _ @ -, was '" + name + "'");
        }
        return new ApiKey(hash, role, name);
    }
}
