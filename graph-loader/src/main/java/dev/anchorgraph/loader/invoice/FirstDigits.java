package dev.anchorgraph.loader.invoice;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Per seller, how many of its normal invoices have an amount (excluding tax) starting with 1, 2, … 9: what a
 * first-digit (Benford) test needs, kept because the graph holds only monthly sums per pair, whose digits say little
 * about the invoices. Red-letter, void and zero amounts do not count. The first digit of an amount in fen is that of
 * the amount in yuan. Nine ints per seller, in one flat array indexed by the interned seller.
 */
final class FirstDigits {

    private final IntArrayList counts = new IntArrayList();

    void add(Invoice invoice) {
        if (invoice.kind() != Invoice.Kind.NORMAL || invoice.cents() <= 0) {
            return;
        }
        int base = invoice.seller() * 9;
        while (counts.size() < base + 9) {
            counts.add(0);
        }
        int at = base + leading(invoice.cents()) - 1;
        counts.set(at, counts.get(at) + 1);
    }

    /** The seller's nine counts, or {@code null} when it has no counted invoice (so nothing is written). */
    long[] counts(int seller) {
        int base = seller * 9;
        if (counts.size() < base + 9) {
            return null;
        }
        var c = new long[9];
        long total = 0;
        for (int d = 0; d < 9; d++) {
            c[d] = counts.get(base + d);
            total += c[d];
        }
        return total == 0 ? null : c;
    }

    /** The leading digit of a positive amount. */
    static int leading(long positive) {
        long v = positive;
        while (v >= 10) {
            v /= 10;
        }
        return (int) v;
    }
}
