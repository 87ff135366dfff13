package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.RiskTier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCalibrationTest {

    final RiskModel v3 = RiskModel.current();

    /** {@code n} firms at {@code score} in {@code tier}, the first {@code defaults} of them defaulted. */
    static List<ScoreCalibration.Scored> firms(int n, int score, RiskTier tier, int defaults) {
        var firms = new ArrayList<ScoreCalibration.Scored>();
        for (int i = 0; i < n; i++) {
            firms.add(new ScoreCalibration.Scored(score, tier, i < defaults));
        }
        return firms;
    }

    @Test
    void twoScoreGroupsGetExactlyTheirObservedDefaultRates() {
        // with two distinct scores the logistic fit passes through both observed rates:
        // PD(500) = 20/200 = 10 %, odds 9:1, ln 9 = 2.1972; PD(600) = 4/200 = 2 %, odds 49:1, ln 49 = 3.8918
        // factor = 100 / (3.8918 - 2.1972) = 59.012; offset = 500 - 59.012 × 2.1972 = 370.34; pdo = 40.90
        var firms = new ArrayList<>(firms(200, 500, RiskTier.C, 20));
        firms.addAll(firms(200, 600, RiskTier.B, 4));

        var r = new ScoreCalibration(v3, firms, "hand-worked").run();

        var c = r.calibration();
        assertThat(c.factor()).isCloseTo(59.012, within(1e-2));
        assertThat(c.offset()).isCloseTo(370.34, within(1e-1));
        assertThat(c.pdo()).isCloseTo(40.90, within(1e-2));
        assertThat(c.baseOdds()).isCloseTo(9.0, within(1e-4)); // odds at 500 points
        assertThat(c.pd(500)).isCloseTo(0.10, within(1e-6));
        assertThat(c.pd(600)).isCloseTo(0.02, within(1e-6));
        assertThat(c.source()).isEqualTo("hand-worked");
        // PD at each tier's minimum score: A 650, B 570, C 490
        assertThat(c.tierMaxPd().get(RiskTier.B)).isCloseTo(c.pd(570), within(1e-6));
        assertThat(c.tierMaxPd()).containsOnlyKeys(RiskTier.A, RiskTier.B, RiskTier.C);
        var tierC =
                r.tiers().stream().filter(t -> t.tier().equals("C")).findFirst().orElseThrow();
        assertThat(tierC.firms()).isEqualTo(200);
        assertThat(tierC.observedPd()).isEqualTo(0.10);
        assertThat(tierC.predictedPd()).isCloseTo(0.10, within(1e-6));
        assertThat(tierC.binomialP()).isGreaterThan(0.9);
        assertThat(r.tiers().stream()
                        .filter(t -> t.tier().equals("A"))
                        .findFirst()
                        .orElseThrow()
                        .firms())
                .isZero();
    }

    @Test
    void tooFewDefaultsAreRefused() {
        var firms = new ArrayList<>(firms(200, 500, RiskTier.C, 19));
        firms.addAll(firms(200, 600, RiskTier.B, 0));
        assertThatThrownBy(() -> new ScoreCalibration(v3, firms, null).run())
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("at least 20 defaulted")
                .hasMessageContaining("found 19");
    }

    @Test
    void scoresThatDoNotVaryAreRefused() {
        var firms = firms(400, 500, RiskTier.C, 40);
        assertThatThrownBy(() -> new ScoreCalibration(v3, firms, null).run())
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("scores that vary");
    }

    @Test
    void scoresWhereMorePointsMeanMoreDefaultsAreRefused() {
        var firms = new ArrayList<>(firms(200, 500, RiskTier.C, 4));
        firms.addAll(firms(200, 600, RiskTier.B, 40));
        assertThatThrownBy(() -> new ScoreCalibration(v3, firms, null).run())
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("do not rank these outcomes");
    }

    @Test
    void noFirmsAreRefusedNotFitted() {
        assertThatThrownBy(() -> new ScoreCalibration(v3, List.of(), null).run())
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("found 0 and 0");
    }
}
