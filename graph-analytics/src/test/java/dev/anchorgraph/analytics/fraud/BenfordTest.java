package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenfordTest {

    @Test
    void amountsSplitJustBelowALimitAreFlaggedWithTheMadWorkedOutByHand() {
        // 120 invoices: 60 start with 9, 60 with 8. |d - P(d)| summed: P(1..7) sum to 1 - P(8) - P(9) = 0.9031,
        // |0.5 - 0.0512| + |0.5 - 0.0458| = 0.9031; MAD = (0.9031 + 0.9031) / 9 = 0.2007
        var finding = new Benford().assess(new long[] {0, 0, 0, 0, 0, 0, 0, 60, 60});
        assertThat(finding).isPresent();
        assertThat(finding.get().invoices()).isEqualTo(120);
        assertThat(finding.get().mad()).isCloseTo(2 * 0.90309 / 9, within(1e-4));
    }

    @Test
    void amountsFollowingBenfordAreNotFlagged() {
        // 1,000 invoices rounded from 1000 · log10(1 + 1/d): MAD below 0.001
        var counts = new long[9];
        for (int d = 1; d <= 9; d++) {
            counts[d - 1] = Math.round(1000 * Math.log10(1 + 1.0 / d));
        }
        assertThat(new Benford().assess(counts)).isEmpty();
    }

    @Test
    void theThresholdIsAStrictBound() {
        // shares .4 .1 .1 .1 .1 .05 .05 .05 .05 against Benford: |differences| sum to 0.25424, MAD 0.028249
        var counts = new long[] {400, 100, 100, 100, 100, 50, 50, 50, 50};
        assertThat(new Benford(100, 0.0282).assess(counts).orElseThrow().mad()).isCloseTo(0.028249, within(1e-5));
        assertThat(new Benford(100, 0.0283).assess(counts)).isEmpty();
    }

    @Test
    void fewerInvoicesThanTheMinimumAreNotJudged() {
        assertThat(new Benford().assess(new long[] {0, 0, 0, 0, 0, 0, 0, 49, 50}))
                .isEmpty();
    }

    @Test
    void aSellerWithoutCountsIsNotJudged() {
        assertThat(new Benford().assess(null)).isEmpty();
        assertThat(new Benford().assess(new long[9])).isEmpty();
    }
}
