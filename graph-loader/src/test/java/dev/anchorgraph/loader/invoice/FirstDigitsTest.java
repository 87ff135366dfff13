package dev.anchorgraph.loader.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FirstDigitsTest {

    static Invoice invoice(int seller, int buyer, long cents, Invoice.Kind kind) {
        return new Invoice(
                seller, buyer, (int) LocalDate.of(2026, 1, 5).toEpochDay(), cents, kind, java.util.List.of());
    }

    @Test
    void theLeadingDigitOfTheAmountInFenIsThatOfTheAmountInYuan() {
        assertThat(FirstDigits.leading(1)).isEqualTo(1);
        assertThat(FirstDigits.leading(9_99)).isEqualTo(9);
        assertThat(FirstDigits.leading(25_000_00)).isEqualTo(2);
        assertThat(FirstDigits.leading(Long.MAX_VALUE)).isEqualTo(9);
    }

    @Test
    void onlyNormalInvoicesWithAPositiveAmountCount() {
        var digits = new FirstDigits();
        digits.add(invoice(1, 0, 1_000_00, Invoice.Kind.NORMAL));
        digits.add(invoice(1, 2, 2_500_00, Invoice.Kind.NORMAL));
        digits.add(invoice(1, 2, 1_999_00, Invoice.Kind.NORMAL));
        digits.add(invoice(1, 2, -3_000_00, Invoice.Kind.RED));
        digits.add(invoice(1, 2, 4_000_00, Invoice.Kind.VOID));
        digits.add(invoice(1, 2, 0, Invoice.Kind.NORMAL));
        assertThat(digits.counts(1)).containsExactly(2, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aSellerWithoutCountedInvoicesHasNoCounts() {
        var digits = new FirstDigits();
        digits.add(invoice(2, 0, -5_00, Invoice.Kind.RED));
        assertThat(digits.counts(2)).isNull();
        assertThat(digits.counts(0)).isNull();
        assertThat(digits.counts(7)).isNull();
    }

    @Test
    void theCountsRideOnTheSellersFirstPairOnly() {
        var aggregation = new TradeAggregation();
        int a = aggregation.intern("A");
        int b = aggregation.intern("B");
        int c = aggregation.intern("C");
        aggregation.add(invoice(a, c, 7_00, Invoice.Kind.NORMAL));
        aggregation.add(invoice(a, b, 3_00, Invoice.Kind.NORMAL));
        aggregation.add(invoice(b, c, 5_00, Invoice.Kind.NORMAL));
        var pairs = aggregation.sortedPairs();
        assertThat(pairs).extracting(p -> p.seller() + ">" + p.buyer()).containsExactly("A>B", "A>C", "B>C");
        assertThat(pairs.get(0).firstDigits()).containsExactly(0, 0, 1, 0, 0, 0, 1, 0, 0);
        assertThat(pairs.get(1).firstDigits()).isNull();
        assertThat(pairs.get(2).firstDigits()).containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 0);
    }
}
