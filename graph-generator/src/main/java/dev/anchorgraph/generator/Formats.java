package dev.anchorgraph.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** How values are written, including the inconsistent spellings real registry exports mix in. */
final class Formats {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private Formats() {}

    /** Yuan with two decimals from fen (cents), e.g. {@code -1234.05}. */
    static String money(long cents) {
        var sb = new StringBuilder(16);
        if (cents < 0) {
            sb.append('-');
        }
        long abs = Math.abs(cents);
        sb.append(abs / 100).append('.');
        long fen = abs % 100;
        if (fen < 10) {
            sb.append('0');
        }
        return sb.append(fen).toString();
    }

    /** VAT on an amount, rounded half up to the fen, with the amount's sign (a red-letter invoice reverses tax too). */
    static long tax(long cents, int ratePercent) {
        long tax = (Math.abs(cents) * ratePercent + 50) / 100;
        return cents < 0 ? -tax : tax;
    }

    /** Mostly ISO; some sources write {@code yyyy/MM/dd} or {@code yyyyMMdd}. */
    static String registryDate(LocalDate date, RandomGenerator r) {
        var x = r.nextDouble();
        return x < 0.9 ? date.toString() : x < 0.95 ? date.format(SLASHED) : date.format(COMPACT);
    }

    /** Registered capital in yuan: plain decimals, or in 万元 as the registry certificate writes it. */
    static String capital(long yuan, RandomGenerator r) {
        var x = r.nextDouble();
        if (x < 0.15) {
            return BigDecimal.valueOf(yuan)
                            .movePointLeft(4)
                            .stripTrailingZeros()
                            .toPlainString() + "万元";
        }
        return x < 0.6 ? yuan + ".00" : Long.toString(yuan);
    }

    /** A stake in basis points as a fraction ({@code 0.5524}) or a percentage ({@code 55.24%}). */
    static String stake(int basisPoints, boolean percent) {
        var fraction = BigDecimal.valueOf(basisPoints).movePointLeft(4);
        return percent
                ? fraction.movePointRight(2).setScale(2, RoundingMode.UNNECESSARY) + "%"
                : fraction.stripTrailingZeros().toPlainString();
    }
}
