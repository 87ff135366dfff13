package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrimTest {

    @Test
    void onlyEdgesThatCanLieOnACycleSurvive() {
        // 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 0 (3 only sells) and 2 -> 4 (4 only buys) are not on one
        var live = new Trim(5, new int[] {0, 1, 2, 3, 2}, new int[] {1, 2, 0, 0, 4}).liveEdges();
        assertThat(live).containsExactly(true, true, true, false, false);
    }

    @Test
    void aChainIsTrimmedAway() {
        assertThat(new Trim(3, new int[] {0, 1}, new int[] {1, 2}).liveEdges()).containsExactly(false, false);
    }

    @Test
    void anEmptyGraphHasNothingLeft() {
        assertThat(new Trim(0, new int[0], new int[0]).liveEdges()).isEmpty();
    }
}
