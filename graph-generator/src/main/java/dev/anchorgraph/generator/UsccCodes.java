package dev.anchorgraph.generator;

import dev.anchorgraph.uscc.Uscc;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Unified Social Credit Codes: {@code 9} (registered by market regulation), the entity category ({@code 1} company,
 * {@code 2} individual business, {@code 3} farmers' cooperative), the 6-digit district code, a 9-character
 * organisation code and the GB 32100 check character.
 *
 * <p>Firms registered since the 2015 reform get a new-style organisation code ({@code MA} and seven characters);
 * older firms mostly kept their old 8-digit organisation code with its GB 11714 check character. Both are a
 * bijection of the firm's index (an affine map modulo the size of the code space), so codes are unique without a
 * lookup table, yet look random.
 */
final class UsccCodes {

    private static final String ALPHABET = Uscc.ALPHABET;
    private static final long NEW_SPACE = pow(ALPHABET.length(), 7);
    private static final long OLD_SPACE = 100_000_000L;
    private static final int[] OLD_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final long newFactor;
    private final long newOffset;
    private final long oldFactor;
    private final long oldOffset;

    UsccCodes(RandomGenerator r) {
        newFactor = coprimeTo(r.nextLong(1, NEW_SPACE), NEW_SPACE);
        newOffset = r.nextLong(NEW_SPACE);
        oldFactor = coprimeTo(r.nextLong(1, OLD_SPACE), OLD_SPACE);
        oldOffset = r.nextLong(OLD_SPACE);
    }

    /** The code of firm {@code index}; {@code badCheck} gives a wrong check character, as some pilot-era codes have. */
    String code(int index, char category, String districtCode, boolean newStyle, boolean badCheck) {
        var first17 = "9" + category + districtCode + (newStyle ? newStyle(index) : oldStyle(index));
        var check = new Uscc(first17 + '0').expectedCheckCharacter();
        if (badCheck) {
            check = ALPHABET.charAt(
                    (ALPHABET.indexOf(check) + 1 + index % (ALPHABET.length() - 1)) % ALPHABET.length());
        }
        return first17 + check;
    }

    private String newStyle(int index) {
        long n = (mulMod(index, newFactor, NEW_SPACE) + newOffset) % NEW_SPACE;
        var code = new char[9];
        code[0] = 'M';
        code[1] = 'A';
        for (int i = 8; i >= 2; i--) {
            code[i] = ALPHABET.charAt((int) (n % ALPHABET.length()));
            n /= ALPHABET.length();
        }
        return new String(code);
    }

    private String oldStyle(int index) {
        long n = (mulMod(index, oldFactor, OLD_SPACE) + oldOffset) % OLD_SPACE;
        var digits = String.format(Locale.ROOT, "%08d", n);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * OLD_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return digits + (check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
    }

    private static long mulMod(long a, long b, long m) {
        return Math.floorMod(Math.multiplyExact(a % m, b % m), m);
    }

    /** The first number from {@code candidate} on that shares no factor with {@code modulus}: the map stays a bijection. */
    static long coprimeTo(long candidate, long modulus) {
        long c = candidate;
        while (gcd(c, modulus) != 1) {
            c = c % (modulus - 1) + 1;
        }
        return c;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
