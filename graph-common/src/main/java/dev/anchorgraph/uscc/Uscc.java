package dev.anchorgraph.uscc;

import java.util.Locale;
import java.util.Optional;

/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015) that identifies a Chinese firm.
 *
 * <p>A code is 18 characters from {@value #ALPHABET} (no I, O, S, V, Z), each worth its index in
 * that alphabet. The 18th is a check character: {@code ALPHABET[(31 - Σ value(i)·WEIGHTS[i] mod 31) mod 31]}
 * over the first 17.
 *
 * <p>A checksum mismatch does not make a code malformed: some real codes issued in early pilot regions
 * fail the check, so {@link #checksumValid()} is a flag for the caller to record, never a reason to refuse.
 * Only a wrong length or a character outside the alphabet is malformed.
 *
 * @param value the normalised code: upper case, no white space
 */
public record Uscc(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    public Uscc {
        var problem = problemWith(value);
        if (problem != null) {
            throw new MalformedUsccException(value, problem);
        }
    }

    /** Normalises (trims, removes inner white space incl. full-width, upper-cases) and parses. */
    public static Uscc parse(String raw) {
        return new Uscc(normalise(raw));
    }

    /** Like {@link #parse} but empty instead of an exception. */
    public static Optional<Uscc> tryParse(String raw) {
        var normalised = normalise(raw);
        return problemWith(normalised) == null ? Optional.of(new Uscc(normalised)) : Optional.empty();
    }

    /** Upper case, with all white space (ASCII, full-width and no-break) removed; {@code null} stays {@code null}. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        if (isCanonical(raw)) {
            return raw; // the common case in bulk loads: skip the code-point walk
        }
        var sb = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\uFEFF')
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isCanonical(String raw) {
        if (raw.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = raw.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Why a normalised string is not a well-formed code, or {@code null} when it is. */
    public static String problemWith(String normalised) {
        if (normalised == null || normalised.isEmpty()) {
            return "empty";
        }
        if (normalised.length() != LENGTH) {
            return "must be " + LENGTH + " characters, was " + normalised.length();
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(normalised.charAt(i)) < 0) {
                return "character '" + normalised.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed (allowed: 0-9 and " + ALPHABET.substring(10) + ")";
            }
        }
        return null;
    }

    /** The check character that the first 17 characters call for. */
    public char expectedCheckCharacter() {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Whether the 18th character matches the GB 32100 checksum. */
    public boolean checksumValid() {
        return value.charAt(LENGTH - 1) == expectedCheckCharacter();
    }

    @Override
    public String toString() {
        return value;
    }
}
