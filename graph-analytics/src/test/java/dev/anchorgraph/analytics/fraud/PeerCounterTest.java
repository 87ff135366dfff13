package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerCounterTest {

    @Test
    void aSellerCountsAsEvidenceForACategoryFromSixMonthsOfTradeOnAPairCarryingIt() {
        var counter = new PeerCounter(GoodsPlausibility.bundled());
        counter.add("0151", Map.of("水果", 6, "钢材", 5));
        counter.add("C0151", Map.of("水果", 24));
        var counts = counter.counts();
        assertThat(counts.sellers()).containsExactly(Map.entry("0151", 2L));
        assertThat(counts.selling().get("0151")).containsExactly(Map.entry("水果", 2L));
    }

    @Test
    void firmsAreGroupedByTheirClassRowElseTheirDivision() {
        var counter = new PeerCounter(GoodsPlausibility.bundled());
        counter.add("4190", Map.of("金属制品", 12));
        counter.add("4111", Map.of("金属制品", 12));
        counter.add("5123", Map.of("水果", 12));
        counter.add(null, Map.of("水果", 12));
        counter.add("5124", Map.of());
        assertThat(counter.counts().sellers()).containsOnly(Map.entry("41", 2L), Map.entry("5123", 1L));
    }
}
