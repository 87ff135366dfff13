package dev.anchorgraph.loader.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceNumbersTest {

    final InvoiceNumbers seen = new InvoiceNumbers();

    @Test
    void aNumberSeenTwiceIsADuplicateWhateverItsForm() {
        for (var n : new String[] {"26000001", "24110000371254387931", "99999999999999999999", "0012", "A-17", "7"}) {
            assertThat(seen.add(n)).as(n).isTrue();
            assertThat(seen.add(n)).as(n).isFalse();
        }
    }

    @Test
    void numbersThatShareTheirLastDigitsStayApart() {
        assertThat(seen.add("5")).isTrue();
        assertThat(seen.add("1000000000000000005")).isTrue();
        assertThat(seen.add("10000000000000000005")).isTrue();
        assertThat(seen.add("000000000000000005")).isTrue();
        assertThat(seen.add("05")).isTrue();
    }
}
