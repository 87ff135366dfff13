package dev.anchorgraph.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    // 500 points at odds 50:1, 40 points to double them: factor = 40 / ln 2 = 57.708,
    // offset = 500 - 57.708 × ln 50 = 274.246
    final Calibration scaling = Calibration.of(500, 50, 40, Map.of(), "hand-worked");

    @Test
    void theBaseScoreHasThePdOfTheBaseOddsAndEachPdoHalvesTheOdds() {
        assertThat(scaling.factor()).isCloseTo(57.708, within(1e-3));
        assertThat(scaling.offset()).isCloseTo(274.246, within(1e-3));
        assertThat(scaling.pd(500)).isCloseTo(1.0 / 51, within(1e-12)); // odds 50:1
        assertThat(scaling.pd(540)).isCloseTo(1.0 / 101, within(1e-12)); // odds 100:1
        assertThat(scaling.pd(460)).isCloseTo(1.0 / 26, within(1e-12)); // odds 25:1
        assertThat(scaling.pd(scaling.offset())).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aScoredFirmGetsThePdOfItsScoreRoundedToSixDecimals() {
        var scorecard = new Scorecard(RiskModel.current().withCalibration(scaling));
        var r = new Scorecard.Result(540, RiskTier.C, List.of(), List.of(), RiskStatus.SCORED);
        assertThat(scorecard.pd(r)).isEqualTo(0.009901);
    }

    @Test
    void aKnockedOutFirmHasAtLeastThePdOfTheBestScoreInTierD() {
        // scorecard-v3: C from 490, so the best D score is 489: odds 50 × 2^(-11/40) = 41.323, PD = 1 / 42.323
        var scorecard = new Scorecard(RiskModel.current().withCalibration(scaling));
        var knockedOut =
                new Scorecard.Result(685, RiskTier.D, List.of(), List.of("DISHONEST_DEBTOR"), RiskStatus.SCORED);
        assertThat(scorecard.pd(knockedOut)).isCloseTo(0.023628, within(1e-6));
        var alreadyWorse =
                new Scorecard.Result(300, RiskTier.D, List.of(), List.of("DISHONEST_DEBTOR"), RiskStatus.SCORED);
        assertThat(scorecard.pd(alreadyWorse)).isCloseTo(scaling.pd(300), within(1e-6));
    }

    @Test
    void aFirmWithInsufficientDataHasNoPd() {
        var scorecard = new Scorecard(RiskModel.current().withCalibration(scaling));
        var thin = new Scorecard.Result(null, null, List.of(), List.of(), RiskStatus.INSUFFICIENT_DATA);
        assertThat(scorecard.pd(thin)).isNull();
    }

    @Test
    void aModelWithoutCalibrationHasNoPd() {
        var scorecard = new Scorecard(RiskModel.current());
        assertThat(RiskModel.current().calibration()).isNull();
        assertThat(scorecard.pd(new Scorecard.Result(600, RiskTier.B, List.of(), List.of(), RiskStatus.SCORED)))
                .isNull();
    }

    @Test
    void aCalibrationWhereMorePointsMeanMoreRiskIsRefused() {
        assertThatThrownBy(() -> new Calibration(500, 50, -40, -57.7, 274, Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive factor");
    }

    @Test
    void theCalibrationBlockThatFitWritesIsRead() throws IOException {
        var text = new String(
                        RiskModel.class
                                .getClassLoader()
                                .getResourceAsStream("risk-model/scorecard-v3.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replaceFirst("\\{", """
                        {"calibration": {"baseScore": 500, "baseOdds": 50, "pdo": 40, "factor": 57.70780163555854,
                          "offset": 274.245752409011, "pd": "1 / (1 + exp((score - offset) / factor))",
                          "tierMaxPd": {"A": 0.01, "B": 0.03, "C": 0.08}},
                        """);
        var model = RiskModel.read("fitted.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(model.calibration().pd(500)).isCloseTo(1.0 / 51, within(1e-9));
        assertThat(model.calibration().tierMaxPd()).containsEntry(RiskTier.B, 0.03);
    }
}
