package dev.anchorgraph.analytics.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChampionChallengerTest {

    static Backtest.Observation o(String id, int score, String tier, boolean bad) {
        return new Backtest.Observation(id, score, tier, bad);
    }

    /** The firms of {@link DeLongTest}'s hand-worked pair: AUC ⅚ against ¾, difference −1/12, p 0.4795. */
    @Test
    void bothModelsAreMeasuredOnTheSameFirmsSideBySide() {
        var champion = List.of(
                o("g1", 700, "A", false),
                o("g2", 650, "A", false),
                o("g3", 600, "B", false),
                o("b1", 620, "B", true),
                o("b2", 500, "D", true));
        var challenger = List.of(
                o("g1", 3, "A", false),
                o("g2", 2, "B", false),
                o("g3", 1, "C", false),
                o("b1", 2, "B", true),
                o("b2", 0, "D", true));

        var both = ChampionChallenger.of("scorecard-v3", "a-long-challenger-name", champion, challenger);

        assertThat(both.champion().auc()).isEqualTo(new Backtest(champion).run().auc());
        assertThat(both.challenger().auc()).isEqualTo(0.75);
        assertThat(both.comparison().p()).isBetween(0.479, 0.480);
        var text = new StringWriter();
        both.print(new PrintWriter(text));
        assertThat(text.toString())
                .contains("model                        scorecard-v3 a-long-challenger-name")
                .containsPattern("tier C bad rate +– +0\\.00% \\(1\\)")
                .contains("AUC difference (challenger − champion) -0.0833")
                .contains("no significant difference");
    }

    @Test
    void oneDefaulterLeavesTheDifferenceUntested() {
        var firms = List.of(o("g1", 700, "A", false), o("g2", 650, "A", false), o("b1", 620, "B", true));

        var both = ChampionChallenger.of("a", "b", firms, firms);

        assertThat(both.comparison()).isNull();
        var text = new StringWriter();
        both.print(new PrintWriter(text));
        assertThat(text.toString()).contains("not tested");
    }

    @Test
    void listsOfDifferentFirmsAreRefused() {
        assertThatThrownBy(() ->
                        ChampionChallenger.of("a", "b", List.of(o("x", 1, "A", false)), List.of(o("y", 1, "A", false))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
