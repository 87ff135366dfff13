package dev.anchorgraph.analytics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartyExposureTest {

    static final LocalDate AUGUST = LocalDate.of(2026, 8, 1);

    static CounterpartyExposure.Direct direct(String uscc, String side, double share) {
        return new CounterpartyExposure.Direct(uscc, "name-" + uscc, side, share, List.of("dishonest_debtor"), AUGUST);
    }

    @Test
    void aSupplierSellingSixtyPercentToAnAnchorInDistressIsSixtyPercentExposedAndNamesTheAnchor() {
        var e = new CounterpartyExposure(List.of(direct("A", "sales", 0.6)), List.of()).exposure();

        assertThat(e.value()).isEqualTo(0.6);
        assertThat(e.hops()).isEqualTo(1);
        assertThat(e.name()).isEqualTo("name-A");
        assertThat(e.signals()).containsExactly("dishonest_debtor");
        assertThat(e.label()).isEqualTo("60% → name-A");
    }

    @Test
    void theSecondHopLosesHalfTimesTheShareThroughThePartner() {
        // its buyer S is 60 % exposed; it sells 50 % to S: 0.5 × 0.5 × 0.6 = 0.15
        var indirect = new CounterpartyExposure.Indirect("S", "供应商", "sales", 0.5, 0.6, "A", "核心");

        var e = new CounterpartyExposure(List.of(), List.of(indirect)).exposure();

        assertThat(e.value()).isCloseTo(0.15, within(1e-12));
        assertThat(e.hops()).isEqualTo(2);
        assertThat(e.distressedName()).isEqualTo("核心");
        assertThat(e.label()).isEqualTo("15% → 供应商 → 核心");
    }

    @Test
    void sharesAddUpOnOneSideTheWorseSideCountsAndTheTotalIsCappedAtOne() {
        var e = new CounterpartyExposure(
                        List.of(direct("B", "sales", 0.3), direct("C", "sales", 0.3), direct("D", "purchases", 0.5)),
                        List.of())
                .exposure();

        assertThat(e.value()).isCloseTo(0.6, within(1e-12));
        // the largest single link names it, whichever side it is on
        assertThat(e.uscc()).isEqualTo("D");
        var capped = new CounterpartyExposure(
                        List.of(direct("B", "sales", 0.7)),
                        List.of(new CounterpartyExposure.Indirect("S", "s", "sales", 0.9, 1.0, "X", "x")))
                .exposure();
        assertThat(capped.value()).isEqualTo(1.0);
    }

    @Test
    void equalSharesAreNamedByTheSmallerUscc() {
        var e = new CounterpartyExposure(List.of(direct("Z", "sales", 0.2), direct("K", "sales", 0.2)), List.of())
                .exposure();

        assertThat(e.uscc()).isEqualTo("K");
    }

    @Test
    void aFirmWithNoPartnerInDistressHasNoExposure() {
        var e = new CounterpartyExposure(List.of(), List.of()).exposure();

        assertThat(e).isEqualTo(CounterpartyExposure.Exposure.NONE);
        assertThat(e.value()).isZero();
    }
}
