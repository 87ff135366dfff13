package dev.anchorgraph.loader.invoice;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * The invoice numbers seen in one load, to reject duplicates, kept compact: a load holds millions. Numbers that
 * are digits only, without a leading zero and at most 20 digits long (fully digital e-invoices have 20) are split
 * exactly into their leading digits beyond 18 ({@code hi}, 0–99) and their last 18 digits ({@code lo}, a long), and
 * kept as longs in one set per {@code hi}: about 8–16 bytes a number instead of ~100 as a string. Anything else is
 * kept as a string.
 */
final class InvoiceNumbers {

    private final LongHashSet[] byLeadingDigits = new LongHashSet[100];
    private final Set<String> others = new HashSet<>();

    /** @return {@code true} when the number was not seen before in this load */
    boolean add(String number) {
        int n = number.length();
        if (n == 0 || n > 20 || (number.charAt(0) == '0' && n > 1) || !digits(number)) {
            return others.add(number);
        }
        int hi = n > 18 ? Integer.parseInt(number, 0, n - 18, 10) : 0;
        long lo = Long.parseLong(number, Math.max(0, n - 18), n, 10);
        if (byLeadingDigits[hi] == null) {
            byLeadingDigits[hi] = new LongHashSet();
        }
        return byLeadingDigits[hi].add(lo);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
