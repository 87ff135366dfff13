package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anchorgraph.loader.LoaderRun;
import dev.anchorgraph.neo4j.TestNeo4j;
import dev.anchorgraph.risk.RiskModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code graph-loader calibrate} on scores whose true PD is known: 3,000 firms scored 350–749 as scorecard-v3 would
 * store them, each defaulted with the PD {@code 1 / (1 + exp((score − 330) / 45))} (seeded), so the fitted offset and
 * factor must come back near 330 and 45.
 */
class CalibrateIT {

    static final double TRUE_OFFSET = 330;
    static final double TRUE_FACTOR = 45;

    @TempDir
    Path work;

    Path outcomes;

    @BeforeEach
    void scoredFirmsWithKnownPds() throws IOException {
        TestNeo4j.clear();
        var random = new Random(7);
        var rows = new ArrayList<Map<String, Object>>();
        var csv = new StringBuilder("uscc,defaulted,observed_on\n");
        for (int i = 0; i < 3_000; i++) {
            int score = 350 + i % 400;
            var uscc = String.format(Locale.ROOT, "9144%014d", i);
            boolean defaulted = random.nextDouble() < 1 / (1 + Math.exp((score - TRUE_OFFSET) / TRUE_FACTOR));
            rows.add(firm(uscc, score, List.of()));
            csv.append(uscc).append(',').append(defaulted ? 1 : 0).append(",2026-06-30\n");
        }
        // knocked out: high scores, all defaulted; a calibration on points must leave them out
        for (int i = 0; i < 50; i++) {
            var uscc = String.format(Locale.ROOT, "9145%014d", i);
            rows.add(firm(uscc, 740, List.of("DISHONEST_DEBTOR")));
            csv.append(uscc).append(",1,2026-06-30\n");
        }
        LoaderRun.query("""
                UNWIND $rows AS row
                CREATE (:Company {uscc: row.uscc, riskScore: row.score, riskTier: row.tier, riskStatus: 'scored',
                                  riskModel: 'scorecard-v3', riskRun: 'run-1', riskKnockouts: row.knockouts})
                """, Map.of("rows", rows));
        outcomes = work.resolve("outcomes.csv");
        Files.writeString(outcomes, csv);
    }

    static Map<String, Object> firm(String uscc, int score, List<String> knockouts) {
        var tier = !knockouts.isEmpty() ? "D" : score >= 650 ? "A" : score >= 570 ? "B" : score >= 490 ? "C" : "D";
        var row = new HashMap<String, Object>();
        row.put("uscc", uscc);
        row.put("score", score);
        row.put("tier", tier);
        row.put("knockouts", knockouts);
        return row;
    }

    @Test
    void theFittedPdCurveIsNearTheTrueOneAndPointsAndTiersStayTheModels() {
        var output = work.resolve("calibrated.json");

        var run = LoaderRun.run(
                cli -> {}, work, "calibrate", "--outcomes", outcomes.toString(), "--output", output.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        System.out.println("CALIBRATEIT\n" + run.output());
        assertThat(run.output()).contains("Calibrated scorecard-v3 on 3,000 firms");
        var model = RiskModel.resolve(output.toString());
        var c = model.calibration();
        assertThat(c.factor()).isCloseTo(TRUE_FACTOR, within(TRUE_FACTOR * 0.2));
        // the offset (PD 50 %) lies below the scores' range, so it is the loosest of the figures
        assertThat(c.offset()).isCloseTo(TRUE_OFFSET, within(30.0));
        assertThat(c.source()).contains("3,000 firms").contains("run-1").contains("outcomes.csv");
        var shipped = RiskModel.current();
        assertThat(model.version()).isEqualTo(shipped.version());
        assertThat(model.features()).isEqualTo(shipped.features());
        assertThat(model.tiers()).isEqualTo(shipped.tiers());
        assertThat(model.knockouts()).isEqualTo(shipped.knockouts());
        assertThat(model.limitPolicy()).isEqualTo(shipped.limitPolicy());
    }

    @Test
    void scoresOfTwoRunsAreNotCalibratedTogether() {
        LoaderRun.query("MATCH (c:Company {uscc: '914400000000000007'}) SET c.riskRun = 'run-2'");
        var output = work.resolve("mixed.json");

        var run = LoaderRun.run(
                cli -> {}, work, "calibrate", "--outcomes", outcomes.toString(), "--output", output.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("more than one model or run");
        assertThat(output).doesNotExist();
    }

    @Test
    void calibrateHelpReadsWell() {
        var help = LoaderRun.run(cli -> {}, work, "calibrate", "--help");
        assertThat(help.exitCode()).as(help.output()).isZero();
        assertThat(help.output()).contains("--outcomes").contains("--model").contains("logistic regression");
    }
}
