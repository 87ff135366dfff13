package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RingFinderTest {

    /** Legs as seller, buyer, amount, month mask. */
    static LegGraph graph(Object... legs) {
        var g = new LegGraph.Builder();
        for (int i = 0; i < legs.length; i += 4) {
            g.add((String) legs[i], (String) legs[i + 1], (double) legs[i + 2], (int) legs[i + 3]);
        }
        return g.build();
    }

    static RingFinder.Result find(LegGraph g, int maxLength, int maxPartners, long maxSteps) {
        return new RingFinder(g, new RingFinder.Settings(maxLength, 0.8, 0.45, maxPartners, maxSteps), () -> false)
                .find();
    }

    @Test
    void aThreeFirmRingIsFoundOnceStartingAtTheSmallestFirm() {
        // B -> C -> A -> B at 100, 101, 102 in month 3; B also sells to D, which closes no cycle
        var rings = new RingFinder(graph("B", "C", 100.0, 8, "C", "A", 101.0, 8, "A", "B", 102.0, 8, "B", "D", 5.0, 8))
                .find()
                .rings();
        assertThat(rings).hasSize(1);
        assertThat(rings.getFirst().members()).containsExactly("A", "B", "C");
        assertThat(rings.getFirst().amounts()).containsExactly(102.0, 100.0, 101.0);
        assertThat(rings.getFirst().months()).isEqualTo(8);
    }

    @Test
    void aLegOfVeryDifferentAmountBreaksTheRing() {
        // 100 -> 70 and 70 -> 102 are both out of step: two breaks, where a ring has at most one
        assertThat(new RingFinder(graph("A", "B", 102.0, 1, "B", "C", 100.0, 1, "C", "A", 70.0, 1))
                        .find()
                        .rings())
                .isEmpty();
    }

    @Test
    void legsAtExactlyTheRatioStillMakeARing() {
        // 80 / 100 = 0.8: the band's edges are inside it
        assertThat(new RingFinder(graph("A", "B", 100.0, 1, "B", "C", 80.0, 1, "C", "A", 90.0, 1))
                        .find()
                        .rings())
                .hasSize(1);
    }

    @Test
    void aRingThatTakesTenPercentAtEachHopIsFound() {
        // 1000, 900, 810, ... 478 round eight firms: every hop in step but the one back to the start (478 -> 1000)
        var g = new LegGraph.Builder();
        double amount = 1000;
        for (int i = 0; i < 8; i++) {
            g.add("F" + i, "F" + (i + 1) % 8, amount, 2);
            amount *= 0.9;
        }
        assertThat(new RingFinder(g.build()).find().rings())
                .extracting(r -> r.members().size())
                .containsExactly(8);
    }

    @Test
    void aRingWhoseAmountsDriftTooFarIsNoRing() {
        // 15 % at each of eight hops ends at 0.32 of the start, under the 0.45 floor
        var g = new LegGraph.Builder();
        double amount = 1000;
        for (int i = 0; i < 8; i++) {
            g.add("F" + i, "F" + (i + 1) % 8, amount, 2);
            amount *= 0.85;
        }
        assertThat(new RingFinder(g.build()).find().rings()).isEmpty();
    }

    @Test
    void anOrdinaryLoopOfAlternatingAmountsIsNoRing() {
        // 100, 130, 100, 130: every hop out of step, though min/max is 0.77
        assertThat(new RingFinder(graph("A", "B", 100.0, 1, "B", "C", 130.0, 1, "C", "D", 100.0, 1, "D", "A", 130.0, 1))
                        .find()
                        .rings())
                .isEmpty();
    }

    @Test
    void twoFirmsSellingToEachOtherAreARing() {
        var rings = new RingFinder(graph("Y", "X", 500.0, 3, "X", "Y", 498.0, 2))
                .find()
                .rings();
        assertThat(rings).extracting(RingFinder.Ring::members).containsExactly(List.of("X", "Y"));
    }

    @Test
    void legsTradingMonthsApartAreNoRing() {
        // bit 0 and bit 5: five months apart, beyond the one month of slack
        assertThat(new RingFinder(graph("X", "Y", 500.0, 1, "Y", "X", 500.0, 32))
                        .find()
                        .rings())
                .isEmpty();
    }

    @Test
    void aLegOutOfStepInTheMiddleOfTheRingPrunesThePath() {
        // A -> B and C -> A trade in month 0, B -> C only in month 3: no common time
        assertThat(new RingFinder(graph("A", "B", 100.0, 1, "B", "C", 100.0, 8, "C", "A", 100.0, 1))
                        .find()
                        .rings())
                .isEmpty();
    }

    @Test
    void overlappingCyclesAreEachReported() {
        // A -> B -> A and A -> B -> C -> A share the leg A -> B
        var rings = new RingFinder(
                        graph("A", "B", 100.0, 1, "B", "A", 100.0, 1, "B", "C", 100.0, 1, "C", "A", 100.0, 1))
                .find()
                .rings();
        assertThat(rings).extracting(r -> String.join(">", r.members())).containsExactly("A>B", "A>B>C");
    }

    @Test
    void cyclesLongerThanTheLimitAreNotReported() {
        var g = graph("A", "B", 1.0, 1, "B", "C", 1.0, 1, "C", "D", 1.0, 1, "D", "A", 1.0, 1);
        assertThat(find(g, 3, 1_000, 1_000_000).rings()).isEmpty();
        assertThat(find(g, 4, 1_000, 1_000_000).rings()).hasSize(1);
    }

    @Test
    void anEightFirmRingIsFoundByDefault() {
        var g = new LegGraph.Builder();
        for (int i = 0; i < 8; i++) {
            g.add("F" + i, "F" + (i + 1) % 8, 100.0 + i, 4);
        }
        assertThat(new RingFinder(g.build()).find().rings())
                .extracting(r -> r.members().size())
                .containsExactly(8);
    }

    @Test
    void aSeedOverItsStepBudgetIsCountedAsTruncated() {
        var result = find(graph("A", "B", 1.0, 1, "B", "C", 1.0, 1, "C", "A", 1.0, 1), 6, 1_000, 2);
        assertThat(result.rings()).isEmpty();
        assertThat(result.truncatedFirms()).isEqualTo(1);
    }

    @Test
    void aHubIsCountedAndNotSearchedThrough() {
        // H trades with A, B, C and D; with at most 3 partners it is left out, and so is the ring through it
        var g = graph(
                "A", "H", 100.0, 1, "H", "A", 100.0, 1, "B", "H", 1.0, 1, "H", "C", 1.0, 1, "C", "B", 1.0, 1, "D", "H",
                7.0, 1, "X", "Y", 5.0, 1, "Y", "X", 5.0, 1);
        var capped = find(g, 6, 3, 1_000_000);
        assertThat(capped.hubs()).isEqualTo(1);
        assertThat(capped.rings())
                .extracting(r -> String.join(">", r.members()))
                .containsExactly("X>Y");
        assertThat(find(g, 6, 10, 1_000_000).rings())
                .extracting(r -> String.join(">", r.members()))
                .containsExactly("A>H", "B>H>C", "X>Y");
    }

    @Test
    void anExpiredSearchSaysItIsIncomplete() {
        var g = new LegGraph.Builder();
        for (int i = 0; i < 10_000; i++) {
            g.add("F" + i, "F" + (i + 1) % 10_000, 100.0, 1);
        }
        var result = new RingFinder(g.build(), RingFinder.Settings.DEFAULTS, () -> true).find();
        assertThat(result.complete()).isFalse();
    }

    @Test
    void anEmptyGraphHasNoRings() {
        var result = new RingFinder(graph()).find();
        assertThat(result.rings()).isEmpty();
        assertThat(result.largestComponent()).isZero();
        assertThat(result.complete()).isTrue();
    }
}
