package dev.anchorgraph.analytics.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.risk.RiskModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code graph-loader backtest --outcomes outcomes.csv [--challenger MODEL]}: AUC, KS, Gini, bad rate per tier and
 * calibration of the stored score; with a challenger, the same figures of the challenger on the same firms and the
 * AUC difference with DeLong's test (docs/model-fitting.md).
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description =
                "Compares the stored scores with observed outcomes (uscc, defaulted, observed_on): AUC, KS, Gini, tiers,"
                        + " calibration; with --challenger, a second model on the same firms beside it (docs/model-fitting.md).")
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Option(
            names = "--outcomes",
            required = true,
            description = "CSV with uscc, defaulted (1/0, true/false), observed_on.")
    Path outcomes;

    @Option(
            names = "--report",
            defaultValue = "backtest-report.json",
            description = "Where the JSON report goes (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(
            names = "--challenger",
            paramLabel = "MODEL",
            description = "A model to measure beside the stored score (the champion), on the same firms and outcomes:"
                    + " a model file as fit writes, or a version such as scorecard-v2. It scores each firm from the"
                    + " features the last score run stored; the report adds the AUC difference with DeLong's test.")
    String challenger;

    @Option(
            names = "--oracle",
            paramLabel = "FILE",
            description = "CSV with uscc, pd: a reference PD per firm, e.g. the generator's hidden-health.csv"
                    + " (generate --write-health); prints its AUC on the same firms and each model's AUC as a share"
                    + " of it.")
    Path oracle;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var defaulted = Outcomes.read(outcomes);
        RiskModel challengerModel = null;
        if (challenger != null) {
            try {
                challengerModel = RiskModel.resolve(challenger);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--challenger: " + e.getMessage());
            }
        }
        List<StoredFeatures.Firm> firms;
        try (var neo4j = loader.connect(out)) {
            firms = StoredFeatures.read(
                    neo4j,
                    defaulted.keySet(),
                    challengerModel == null ? List.of() : StoredFeatures.stored(challengerModel));
        }
        var observations = firms.stream()
                .map(f -> new Backtest.Observation(f.uscc(), f.score(), f.tier(), defaulted.get(f.uscc())))
                .toList();
        var result = new Backtest(observations).run();
        ChampionChallenger both = null;
        List<Backtest.Observation> challengerObservations = null;
        if (challengerModel != null) {
            var scoring = new ModelScoring(challengerModel);
            var scored = firms.stream()
                    .map(f -> scoring.score(f.uscc(), f.values(), f.knockouts(), defaulted.get(f.uscc())))
                    .toList();
            var champions = String.join(
                    ", ",
                    firms.stream()
                            .map(StoredFeatures.Firm::model)
                            .distinct()
                            .sorted()
                            .toList());
            both = ChampionChallenger.of(champions, challengerModel.version(), observations, scored);
            challengerObservations = scored;
        }
        Oracle reference = null;
        if (oracle != null) {
            reference =
                    Oracle.of(oracle, Oracle.read(oracle), observations, both == null ? null : challengerObservations);
        }
        var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode json = mapper.valueToTree(both == null ? result : both);
        if (reference != null) {
            json.set("oracle", mapper.valueToTree(reference));
        }
        mapper.writeValue(report.toFile(), json);
        out.printf(
                Locale.ROOT,
                "Backtest of %,d firms (%,d outcomes had no score), %,d defaults%n",
                result.firms(),
                defaulted.size() - result.firms(),
                result.defaults());
        out.printf(Locale.ROOT, "AUC %.3f   Gini %.3f   KS %.3f%n", result.auc(), result.gini(), result.ks());
        out.printf(Locale.ROOT, "%-5s %10s %9s %9s%n", "tier", "firms", "defaults", "bad rate");
        result.tiers()
                .forEach(t -> out.printf(
                        Locale.ROOT,
                        "%-5s %,10d %,9d %8.2f%%%n",
                        t.tier(),
                        t.count(),
                        t.defaults(),
                        100 * t.badRate()));
        out.println(
                result.monotone()
                        ? "Bad rates rise monotonically from tier to tier."
                        : "WARNING: bad rates are NOT monotone across tiers.");
        out.printf(Locale.ROOT, "%-5s %15s %10s %9s %9s%n", "band", "scores", "firms", "defaults", "bad rate");
        result.calibration()
                .forEach(b -> out.printf(
                        Locale.ROOT,
                        "%-5d %7d – %5d %,10d %,9d %8.2f%%%n",
                        b.band(),
                        b.minScore(),
                        b.maxScore(),
                        b.count(),
                        b.defaults(),
                        100 * b.badRate()));
        if (both != null) {
            out.printf(
                    Locale.ROOT,
                    "%nChampion (the stored score) against challenger, on the same %,d firms%n",
                    result.firms());
            both.print(out);
        }
        if (reference != null) {
            reference.print(out);
        }
        out.println("Report: " + report);
        return 0;
    }
}
