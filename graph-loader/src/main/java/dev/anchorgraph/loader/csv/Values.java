package dev.anchorgraph.loader.csv;

import dev.anchorgraph.uscc.Uscc;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parsing of the value kinds the input contract allows (docs/input-formats.md). Each method either returns the
 * value or throws a {@link Reject} that names the column and says what was wrong.
 */
public final class Values {

    private Values() {}

    /**
     * An optional value read by {@code read}: when it cannot be read it is dropped, and the row loads with the flag
     * {@code dropped_<column>} and the reason. Only a bad required value rejects a row (docs/input-formats.md).
     */
    public static <T> T optional(Row row, String column, Function<Row, T> read) {
        try {
            return read.apply(row);
        } catch (Reject r) {
            row.flag("dropped_" + column, r.reason().code() + ": " + r.getMessage());
            return null;
        }
    }

    /** A USCC, normalised (case, spaces); wrong length or character is {@link RejectReason#MALFORMED_USCC}. */
    public static Uscc uscc(Row row, String column) {
        var raw = row.required(column);
        var normalised = Uscc.normalise(raw);
        var problem = Uscc.problemWith(normalised);
        if (problem != null) {
            throw new Reject(RejectReason.MALFORMED_USCC, column + " '" + raw + "': " + problem);
        }
        return new Uscc(normalised);
    }

    /** A date as {@code YYYY-MM-DD}, {@code YYYY/MM/DD} or {@code YYYYMMDD}; {@code null} when empty. */
    public static LocalDate date(Row row, String column) {
        var raw = row.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        var parsed = date(raw);
        if (parsed == null) {
            throw new Reject(
                    RejectReason.INVALID_DATE,
                    column + " '" + raw + "' is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD)");
        }
        return parsed;
    }

    /** Parses a date in one of the three accepted forms, or returns {@code null}. Hand-rolled: it runs per invoice. */
    static LocalDate date(String s) {
        int y, m, d;
        try {
            if (s.length() == 8 && allDigits(s)) {
                y = Integer.parseInt(s, 0, 4, 10);
                m = Integer.parseInt(s, 4, 6, 10);
                d = Integer.parseInt(s, 6, 8, 10);
            } else if (s.length() == 10
                    && (s.charAt(4) == '-' && s.charAt(7) == '-' || s.charAt(4) == '/' && s.charAt(7) == '/')
                    && allDigits(s.substring(0, 4) + s.substring(5, 7) + s.substring(8))) {
                y = Integer.parseInt(s, 0, 4, 10);
                m = Integer.parseInt(s, 5, 7, 10);
                d = Integer.parseInt(s, 8, 10, 10);
            } else {
                return null;
            }
            return LocalDate.of(y, m, d);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * An amount in CNY yuan: a plain decimal, optionally signed, thousands separators ({@code ,}) tolerated when
     * they group by three. {@code null} when empty.
     */
    public static BigDecimal amount(Row row, String column) {
        var raw = row.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        var parsed = amount(raw);
        if (parsed == null) {
            throw new Reject(RejectReason.INVALID_AMOUNT, column + " '" + raw + "' is not an amount");
        }
        return parsed;
    }

    // compiled once: amounts are parsed twice per invoice, and String.matches compiles its pattern on every call
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    static BigDecimal amount(String raw) {
        var s = raw;
        if (s.indexOf(',') >= 0) {
            if (!GROUPED.matcher(s).matches()) {
                return null;
            }
            s = s.replace(",", "");
        }
        if (!isDecimal(s)) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** {@code [+-]?(\d+(\.\d*)?|\.\d+)}, by hand: it runs for every amount. */
    private static boolean isDecimal(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        int intDigits = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        if (i == s.length()) {
            return intDigits > 0;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        i++;
        int fractionDigits = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            fractionDigits++;
        }
        return i == s.length() && (intDigits > 0 || fractionDigits > 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * One of a fixed set of values. {@code vocabulary} maps every accepted spelling (lower case for Latin text, the
     * Chinese words as they are) to its canonical value; {@code null} when the cell is empty.
     */
    public static String oneOf(Row row, String column, Map<String, String> vocabulary) {
        var raw = row.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        var canonical =
                vocabulary.get(raw.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        if (canonical == null) {
            throw new Reject(
                    RejectReason.INVALID_VALUE,
                    column + " '" + raw + "' is not one of "
                            + vocabulary.values().stream().distinct().sorted().toList());
        }
        return canonical;
    }
}
