package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReversalsTest {

    static FirmSales firm(double gross, double red, double voided) {
        return new FirmSales(
                "F", "5123", List.of(new FirmSales.Sale("B", new double[0], List.of(), gross, red, voided)));
    }

    @Test
    void reversingAThirdOfWhatWasInvoicedIsFlagged() {
        // (200,000 red + 100,000 void) / (800,000 normal + 100,000 void) = 1/3
        var finding = new Reversals().assess(firm(800_000, 200_000, 100_000)).orElseThrow();
        assertThat(finding.ratio()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void theUsualFewReversalsAreNot() {
        assertThat(new Reversals().assess(firm(1_000_000, 10_000, 5_000))).isEmpty();
    }

    @Test
    void aTinyFirmsCancelledInvoiceIsNot() {
        assertThat(new Reversals().assess(firm(10_000, 5_000, 0))).isEmpty();
    }

    @Test
    void aFirmWithoutSalesIsNot() {
        assertThat(new Reversals().assess(new FirmSales("F", null, List.of()))).isEmpty();
    }
}
