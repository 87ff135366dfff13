package dev.anchorgraph.loader.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.loader.resolve.Resolution.Candidate;
import dev.anchorgraph.loader.resolve.Resolution.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptanceRuleTest {

    private static Resolution decide(double... scores) {
        var ranked = new ArrayList<Candidate>();
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Candidate("U" + i, "name " + i, scores[i]));
        }
        return AcceptanceRule.decide(ranked, 5);
    }

    @Test
    void aBestAboveTheThresholdWithTheMarginIsResolved() {
        var r = decide(0.83, 0.58);
        assertThat(r.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(r.uscc()).isEqualTo("U0");
        assertThat(r.score()).isEqualTo(0.83);
        assertThat(r.runnerUpScore()).isEqualTo(0.58);
    }

    @Test
    void aMarginOfExactlyTheRequiredAmountIsEnoughDespiteRounding() {
        assertThat(decide(0.9, 0.8).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(decide(0.8).outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @Test
    void twoAboveTheThresholdWithoutTheMarginAreAmbiguous() {
        var r = decide(1.0, 1.0, 0.3);
        assertThat(r.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(r.uscc()).isNull();
        assertThat(decide(0.88, 0.83).outcome()).isEqualTo(Outcome.AMBIGUOUS);
    }

    @Test
    void oneAboveTheThresholdButCloseToOneBelowIsUnresolved() {
        assertThat(decide(0.85, 0.79).outcome()).isEqualTo(Outcome.UNRESOLVED);
    }

    @Test
    void aBestBelowTheThresholdOrNoCandidateIsUnresolved() {
        assertThat(decide(0.79).outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(AcceptanceRule.decide(List.of(), 5)).isEqualTo(Resolution.unresolved());
    }

    @Test
    void onlyTheFirstFewCandidatesAreReported() {
        assertThat(decide(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3).candidates())
                .extracting(Candidate::uscc)
                .containsExactly("U0", "U1", "U2", "U3", "U4");
    }
}
