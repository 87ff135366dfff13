package dev.anchorgraph.analytics.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {

    static Backtest.Observation o(String id, int score, String tier, boolean bad) {
        return new Backtest.Observation(id, score, tier, bad);
    }

    @Test
    void aHandWorkedExampleGivesTheTextbookFigures() {
        // goods score 700, 650, 600; bads 620, 500. Pairs good>bad: 700>620, 700>500, 650>620, 650>500, 600>500 = 5 of
        // 6
        var r = new Backtest(List.of(
                        o("g1", 700, "A", false),
                        o("g2", 650, "A", false),
                        o("g3", 600, "B", false),
                        o("b1", 620, "B", true),
                        o("b2", 500, "D", true)))
                .run();
        assertThat(r.auc()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(r.gini()).isCloseTo(2 * 5.0 / 6 - 1, within(1e-12));
        // cumulative from the lowest score: after 500 bad 1/2 good 0 -> 0.5; after 620 bad 1 good 1/3 -> 0.667
        assertThat(r.ks()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.tiers()).extracting(Backtest.TierRow::tier).containsExactly("A", "B", "D");
        assertThat(r.tiers().get(1).badRate()).isEqualTo(0.5);
        assertThat(r.monotone()).isTrue();
    }

    @Test
    void tiedScoresCountHalf() {
        var r = new Backtest(List.of(o("g", 600, "B", false), o("b", 600, "B", true))).run();
        assertThat(r.auc()).isEqualTo(0.5);
    }

    @Test
    void aWorseTierWithFewerDefaultsIsNotMonotone() {
        var r = new Backtest(List.of(o("a", 700, "A", true), o("b", 600, "B", false))).run();
        assertThat(r.monotone()).isFalse();
        assertThat(r.auc()).isEqualTo(0.0);
    }

    @Test
    void noObservationsGiveNoFiguresRatherThanAnError() {
        var r = new Backtest(List.of()).run();
        assertThat(r.firms()).isZero();
        assertThat(r.auc()).isNaN();
        assertThat(r.calibration()).isEmpty();
    }
}
