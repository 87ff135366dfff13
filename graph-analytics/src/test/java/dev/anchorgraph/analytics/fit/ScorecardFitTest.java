package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.RiskTier;
import dev.anchorgraph.risk.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardFitTest {

    private static final List<Feature> CANDIDATES = FirmSample.candidates(RiskModel.current());

    @TempDir
    Path dir;

    /** Defaults fall with stable buyers and age and are more likely without an anchor chain; the rest is noise. */
    static List<FitFirm> firms(int n, long seed) {
        var random = new Random(seed);
        var firms = new ArrayList<FitFirm>();
        for (int i = 0; i < n; i++) {
            int buyers = random.nextInt(6);
            double age = random.nextDouble() * 20;
            Double hops = random.nextDouble() < 0.4 ? null : (double) (1 + random.nextInt(3));
            double logit = -1.0 - 0.5 * buyers - 0.1 * age + (hops == null ? 1.0 : 0);
            boolean bad = random.nextDouble() < 1 / (1 + Math.exp(-logit));
            var values = new HashMap<Feature, Double>();
            values.put(Feature.STABLE_LARGE_BUYERS, (double) buyers);
            values.put(Feature.AGE_YEARS, age);
            values.put(Feature.BUYER_HHI, random.nextDouble());
            values.put(Feature.LITIGATION_COUNT_24M, 0.0);
            if (hops != null) {
                values.put(Feature.ANCHOR_HOPS, hops);
            }
            firms.add(new FitFirm(String.format(java.util.Locale.ROOT, "F%05d", i), values, bad));
        }
        return firms;
    }

    @Test
    void theFittedModelKeepsThePredictiveFeaturesWithTheirSignsAndDropsTheRest() {
        var fit = new ScorecardFit(firms(3000, 1), CANDIDATES, FitOptions.DEFAULT).run();

        assertThat(fit.kept())
                .containsExactlyInAnyOrder(Feature.STABLE_LARGE_BUYERS, Feature.AGE_YEARS, Feature.ANCHOR_HOPS);
        assertThat(fit.kept()).allSatisfy(f -> assertThat(fit.coefficient(f)).isNegative());
        var constant = fit.choices().stream()
                .filter(c -> c.feature() == Feature.LITIGATION_COUNT_24M)
                .findFirst()
                .orElseThrow();
        assertThat(constant.kept()).isFalse();
        assertThat(constant.reason()).startsWith("IV 0.0000 below");
    }

    @Test
    void theModelFileLoadsAndScoresBasePlusEachBinsPoints() throws IOException {
        var fit = new ScorecardFit(firms(3000, 1), CANDIDATES, FitOptions.DEFAULT).run();
        var model = ModelFile.build(RiskModel.current(), "fitted-test", fit, FitOptions.DEFAULT);
        var file = dir.resolve("fitted.json");
        ModelFile.write(model, fit, FitOptions.DEFAULT, file);

        var loaded = RiskModel.resolve(file.toString());

        assertThat(loaded.version()).isEqualTo("fitted-test");
        assertThat(loaded.tiers()).extracting(RiskModel.Tier::min).containsExactly(540, 475, 416, null);
        assertThat(loaded.knockouts()).isEqualTo(RiskModel.current().knockouts());
        assertThat(loaded.limitPolicy())
                .isNotNull()
                .isEqualTo(RiskModel.current().limitPolicy());
        assertThat(loaded.message("STABLE_LARGE_BUYERS", "zh", "4")).isEqualTo("稳定大客户4家");
        assertThat(Files.readString(file)).contains("\"calibration\"").contains("\"offset\"");
        var hops = loaded.features().stream()
                .filter(f -> f.feature() == Feature.ANCHOR_HOPS)
                .findFirst()
                .orElseThrow();
        assertThat(hops.missing().reason()).isEqualTo("NO_ANCHOR_CHAIN");
        assertThat(hops.missing().points()).isNegative();

        // months with invoices: the copied insufficient-data rule needs them to score the firm at all
        var values = Map.of(
                Feature.STABLE_LARGE_BUYERS, 5.0,
                Feature.AGE_YEARS, 15.0,
                Feature.ANCHOR_HOPS, 1.0,
                Feature.ACTIVE_MONTHS_12, 12.0);
        var result = new Scorecard(loaded).score(values, Map.of());
        int expected = loaded.base();
        for (var f : fit.kept()) {
            var bin = fit.binned().get(f).bin(values.get(f));
            expected += (int) Math.round(FitOptions.DEFAULT.scaling().points(fit.coefficient(f), bin.woe()));
        }
        assertThat(result.score()).isEqualTo(expected);
        assertThat(result.tier()).isEqualTo(RiskTier.A);
    }

    @Test
    void theSameFirmsGiveTheSameModel() throws IOException {
        var a = dir.resolve("a.json");
        var b = dir.resolve("b.json");
        for (var file : List.of(a, b)) {
            var fit = new ScorecardFit(firms(2000, 3), CANDIDATES, FitOptions.DEFAULT).run();
            ModelFile.write(
                    ModelFile.build(RiskModel.current(), "v", fit, FitOptions.DEFAULT), fit, FitOptions.DEFAULT, file);
        }
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void theHoldOutSplitIsSeeded() {
        var firms = firms(100, 5);
        var one = FirmSample.split(firms, 0.3, 42);
        var two = FirmSample.split(firms.reversed(), 0.3, 42);

        assertThat(one).isEqualTo(two);
        assertThat(one.get(1)).hasSize(30);
        assertThat(FirmSample.split(firms, 0.3, 43).get(1)).isNotEqualTo(one.get(1));
    }

    @Test
    void noFirmsGiveAModelWithNoFeatures() {
        var fit = new ScorecardFit(List.of(), CANDIDATES, FitOptions.DEFAULT).run();

        assertThat(fit.kept()).isEmpty();
        assertThat(fit.choices()).allSatisfy(c -> assertThat(c.kept()).isFalse());
    }

    @Test
    void validationOnTheFirmsGivesASeparatingAuc() {
        var firms = firms(4000, 9);
        var parts = FirmSample.split(firms, 0.3, 42);
        var fit = new ScorecardFit(parts.get(0), CANDIDATES, FitOptions.DEFAULT).run();
        var model = ModelFile.build(RiskModel.current(), "v", fit, FitOptions.DEFAULT);

        var figures =
                new Validation(model, FitOptions.DEFAULT.scaling(), fit).run(parts.get(0), parts.get(1), null, firms);

        assertThat(figures.holdout().auc()).isGreaterThan(0.7);
        assertThat(figures.scorePsi()).isLessThan(0.1);
        assertThat(figures.outOfTime()).isNull();
        assertThat(figures.scoredPopulation().firms()).isEqualTo(4000);
        assertThat(figures.scoredPopulation().scorePsi()).isLessThan(0.1);
        assertThat(figures.calibration()).hasSize(4);
        assertThat(FitReport.text(FitReport.of(model, fit, FitOptions.DEFAULT, figures)))
                .contains("hold-out")
                .contains("stableLargeBuyers");
    }

    @Test
    void aScoredPopulationUnlikeTheFittingOneShowsInItsPsi() {
        var firms = firms(4000, 9);
        var parts = FirmSample.split(firms, 0.3, 42);
        var fit = new ScorecardFit(parts.get(0), CANDIDATES, FitOptions.DEFAULT).run();
        var model = ModelFile.build(RiskModel.current(), "v", fit, FitOptions.DEFAULT);
        var wellConnected = firms.stream()
                .filter(f -> f.values().get(Feature.STABLE_LARGE_BUYERS) >= 3)
                .toList();

        var figures = new Validation(model, FitOptions.DEFAULT.scaling(), fit)
                .run(parts.get(0), parts.get(1), null, wellConnected);

        assertThat(figures.scoredPopulation().scorePsi()).isGreaterThan(0.25);
        assertThat(figures.scoredPopulation().featurePsi().get("stableLargeBuyers"))
                .isGreaterThan(0.25);
        assertThat(figures.scoredPopulation().featurePsi().get("ageYears")).isLessThan(0.1);
        assertThat(FitReport.text(FitReport.of(model, fit, FitOptions.DEFAULT, figures)))
                .contains("PSI fitting → scored population ("
                        + String.format(java.util.Locale.ROOT, "%,d", wellConnected.size()));
    }

    @Test
    void firmsObservedFromTheDateAreValidatedOutOfTime() {
        var firms = firms(4000, 9);
        var observed = new HashMap<String, java.time.LocalDate>();
        for (int i = 0; i < firms.size(); i++) {
            observed.put(firms.get(i).uscc(), java.time.LocalDate.of(2025, 1 + i % 12, 1));
        }
        var split = OutOfTimeSplit.of(firms, observed, java.time.LocalDate.of(2025, 10, 1));
        assertThat(split.note()).isNull();
        assertThat(split.late())
                .hasSize(999)
                .allSatisfy(
                        f -> assertThat(observed.get(f.uscc())).isAfterOrEqualTo(java.time.LocalDate.of(2025, 10, 1)));
        assertThat(split.early()).hasSize(3001).doesNotContainAnyElementsOf(split.late());
        var parts = FirmSample.split(split.early(), 0.3, 42);
        var fit = new ScorecardFit(parts.get(0), CANDIDATES, FitOptions.DEFAULT).run();
        var model = ModelFile.build(RiskModel.current(), "v", fit, FitOptions.DEFAULT);

        var figures =
                new Validation(model, FitOptions.DEFAULT.scaling(), fit).run(parts.get(0), parts.get(1), split, firms);

        var oot = figures.outOfTime();
        assertThat(oot.note()).isNull();
        assertThat(oot.figures().firms()).isEqualTo(999);
        assertThat(oot.figures().auc()).isGreaterThan(0.7);
        assertThat(oot.calibration()).hasSize(4);
        assertThat(oot.stability().scorePsi()).isLessThan(0.1);
        assertThat(FitReport.head(FitReport.of(model, fit, FitOptions.DEFAULT, figures)))
                .contains("out of time")
                .contains("Calibration per tier (out of time, from 2025-10-01)");
    }

    @Test
    void datesThatDoNotAllowAnOutOfTimeSampleAreReportedNotFailed() {
        var firms = firms(1000, 9);
        var observed = new HashMap<String, java.time.LocalDate>();
        firms.forEach(f -> observed.put(f.uscc(), java.time.LocalDate.of(2025, 6, 30)));

        var split = OutOfTimeSplit.of(firms, observed, java.time.LocalDate.of(2025, 1, 1));

        assertThat(split.note()).startsWith("not possible: 0 firms observed before 2025-01-01");
        assertThat(split.early()).isEqualTo(firms);
        assertThat(split.late()).isEmpty();
        var fit = new ScorecardFit(firms, CANDIDATES, FitOptions.DEFAULT).run();
        var model = ModelFile.build(RiskModel.current(), "v", fit, FitOptions.DEFAULT);
        var figures = new Validation(model, FitOptions.DEFAULT.scaling(), fit).run(firms, firms, split, firms);
        assertThat(figures.outOfTime().figures()).isNull();
        assertThat(FitReport.head(FitReport.of(model, fit, FitOptions.DEFAULT, figures)))
                .contains("Out of time (from 2025-01-01): not possible");
    }
}
