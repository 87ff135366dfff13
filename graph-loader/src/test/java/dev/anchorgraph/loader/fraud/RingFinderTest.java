package dev.anchorgraph.loader.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;

class RingFinderTest {

    /** Edges as seller, buyer, amount, month mask. */
    static SimpleDirectedGraph<String, RingFinder.Leg> graph(Object... edges) {
        var g = new SimpleDirectedGraph<String, RingFinder.Leg>(null, null, false);
        for (int i = 0; i < edges.length; i += 4) {
            g.addVertex((String) edges[i]);
            g.addVertex((String) edges[i + 1]);
            g.addEdge((String) edges[i], (String) edges[i + 1], new RingFinder.Leg((double) edges[i + 2], (int) edges[i + 3]));
        }
        return g;
    }

    @Test
    void aThreeFirmRingIsFoundOnceStartingAtTheSmallestFirm() {
        // B -> C -> A -> B at 100, 101, 102 in month 3; B also sells to D, which closes no cycle
        var rings = new RingFinder<>(graph("B", "C", 100.0, 8, "C", "A", 101.0, 8, "A", "B", 102.0, 8, "B", "D", 5.0, 8)).rings();
        assertThat(rings).hasSize(1);
        assertThat(rings.getFirst().members()).containsExactly("A", "B", "C");
        assertThat(rings.getFirst().amounts()).containsExactly(102.0, 100.0, 101.0);
        assertThat(rings.getFirst().months()).isEqualTo(8);
    }

    @Test
    void aLegOfVeryDifferentAmountBreaksTheRing() {
        // min/max = 70/102 < 0.8
        assertThat(new RingFinder<>(graph("A", "B", 102.0, 1, "B", "C", 100.0, 1, "C", "A", 70.0, 1)).rings()).isEmpty();
    }

    @Test
    void twoFirmsSellingToEachOtherAreARing() {
        var rings = new RingFinder<>(graph("Y", "X", 500.0, 3, "X", "Y", 498.0, 2)).rings();
        assertThat(rings).extracting(RingFinder.Ring::members).containsExactly(java.util.List.of("X", "Y"));
    }

    @Test
    void legsTradingMonthsApartAreNoRing() {
        // bit 0 and bit 5: five months apart, beyond the one month of slack
        assertThat(new RingFinder<>(graph("X", "Y", 500.0, 1, "Y", "X", 500.0, 32)).rings()).isEmpty();
    }

    @Test
    void overlappingCyclesAreEachReported() {
        // A -> B -> A and A -> B -> C -> A share the leg A -> B
        var rings = new RingFinder<>(graph("A", "B", 100.0, 1, "B", "A", 100.0, 1, "B", "C", 100.0, 1, "C", "A", 100.0, 1)).rings();
        assertThat(rings).extracting(r -> String.join(">", r.members())).containsExactly("A>B", "A>B>C");
    }

    @Test
    void cyclesLongerThanTheLimitAreNotReported() {
        var g = graph("A", "B", 1.0, 1, "B", "C", 1.0, 1, "C", "D", 1.0, 1, "D", "A", 1.0, 1);
        assertThat(new RingFinder<>(g, 3, 0.8, 1_000, 50, 1_000_000).rings()).isEmpty();
        assertThat(new RingFinder<>(g, 4, 0.8, 1_000, 50, 1_000_000).rings()).hasSize(1);
    }

    @Test
    void aSearchOverItsStepBudgetIsCountedAsTruncated() {
        var finder = new RingFinder<>(graph("A", "B", 1.0, 1, "B", "C", 1.0, 1, "C", "A", 1.0, 1), 6, 0.8, 1_000, 50, 2);
        assertThat(finder.rings()).isEmpty();
        assertThat(finder.truncated()).isEqualTo(1);
    }

    @Test
    void anEmptyGraphHasNoRings() {
        assertThat(new RingFinder<>(graph()).rings()).isEmpty();
    }
}
