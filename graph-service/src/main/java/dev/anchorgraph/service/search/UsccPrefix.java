package dev.anchorgraph.service.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether what was typed is the beginning of a USCC: 6 to 17 characters of its alphabet (digits and capitals without
 * I, O, S, V, Z), at least 4 of them digits, no other character. A firm's name never looks like that; a registration
 * office's code (91440300…) does.
 */
final class UsccPrefix {

    private static final Pattern PREFIX = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{6,17}");

    private UsccPrefix() {}

    static Optional<String> of(String typed) {
        var code = typed.strip().toUpperCase(Locale.ROOT);
        if (!PREFIX.matcher(code).matches()
                || code.chars().filter(Character::isDigit).count() < 4) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
