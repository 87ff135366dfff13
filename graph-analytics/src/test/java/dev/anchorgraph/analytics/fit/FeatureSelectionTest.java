package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.risk.Feature;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSelectionTest {

    private static FeatureSelection.Candidate candidate(Feature f, double iv, double... woe) {
        return new FeatureSelection.Candidate(new BinnedFeature(f, List.of(), iv, true), woe);
    }

    @Test
    void weakFeaturesAndTheWeakerOfTwinsAreDroppedWithTheirReasons() {
        var strong = candidate(Feature.STABLE_LARGE_BUYERS, 0.30, 1, -1, 1, -1);
        var twin = candidate(Feature.LARGE_BUYER_SHARE, 0.20, 2, -2, 2, -1.8); // r ≈ 0.998 with strong
        var weak = candidate(Feature.USCC_FLAGGED, 0.01, 1, 0, 0, 0);
        var other = candidate(Feature.AGE_YEARS, 0.05, 1, 1, -1, -1); // r = 0 with strong

        var choices = new FeatureSelection(List.of(weak, twin, other, strong), 0.02, 0.7).run();

        assertThat(choices)
                .extracting(FeatureSelection.Choice::feature, FeatureSelection.Choice::kept)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Feature.STABLE_LARGE_BUYERS, true),
                        org.assertj.core.groups.Tuple.tuple(Feature.LARGE_BUYER_SHARE, false),
                        org.assertj.core.groups.Tuple.tuple(Feature.AGE_YEARS, true),
                        org.assertj.core.groups.Tuple.tuple(Feature.USCC_FLAGGED, false));
        assertThat(choices.get(1).reason()).contains("stableLargeBuyers").contains("higher IV");
        assertThat(choices.get(3).reason()).isEqualTo("IV 0.0100 below 0.02");
    }

    @Test
    void noCandidatesGiveNoChoices() {
        assertThat(new FeatureSelection(List.of(), 0.02, 0.7).run()).isEmpty();
    }
}
