package dev.anchorgraph.analytics.fit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.anchorgraph.analytics.backtest.Outcomes;
import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.RiskTier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph-loader calibrate --outcomes outcomes.csv --output model.json}: a PD for a hand-set model's scores. */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fits a PD to the stored scores on observed outcomes (uscc, defaulted, observed_on): a logistic regression"
                    + " of the outcome on the score. Writes the model that scored them with a calibration block;"
                    + " points, tiers and reasons stay as they are (docs/model-fitting.md, PD).",
            "Score with the written file (score --model FILE) and every firm gets its PD beside score and tier.",
        })
public final class CalibrateCommand implements Callable<Integer> {

    private static final String READ = """
            UNWIND $usccs AS u
            MATCH (c:Company {uscc: u})
            WHERE c.riskScore IS NOT NULL AND c.riskTier IS NOT NULL AND size(coalesce(c.riskKnockouts, [])) = 0
            RETURN c.uscc AS uscc, c.riskScore AS score, c.riskTier AS tier, c.riskModel AS model, c.riskRun AS run
            ORDER BY uscc
            """;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Connector loader;

    @Option(
            names = "--outcomes",
            paramLabel = "FILE",
            required = true,
            description = "CSV with uscc, defaulted (1/0, true/false), observed_on.")
    Path outcomes;

    @Option(
            names = "--output",
            paramLabel = "MODEL.json",
            required = true,
            description = "Where the calibrated model file goes (JSON).")
    Path output;

    @Option(
            names = "--model",
            paramLabel = "VERSION|FILE",
            description = "The model that scored the firms (default: the one their scores name; a model scored from"
                    + " a file must be given here).")
    String modelName;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var defaulted = Outcomes.read(outcomes);
        var firms = new ArrayList<ScoreCalibration.Scored>();
        var models = new TreeSet<String>();
        var runs = new TreeSet<String>();
        try (var neo4j = loader.connect(out);
                var s = neo4j.driver().session(neo4j.session())) {
            s.run(READ, Map.of("usccs", List.copyOf(defaulted.keySet()))).forEachRemaining(r -> {
                firms.add(new ScoreCalibration.Scored(
                        r.get("score").asInt(),
                        RiskTier.parse(r.get("tier").asString()),
                        defaulted.get(r.get("uscc").asString())));
                models.add(r.get("model").asString(""));
                runs.add(r.get("run").asString(""));
            });
        }
        if (models.size() > 1 || runs.size() > 1) {
            throw new UserInputException("The firms with an outcome were scored by more than one model or run " + models
                    + " " + runs + ": score them all in one run first");
        }
        var model = model(models.isEmpty() ? null : models.first());
        var source = String.format(
                Locale.ROOT,
                "calibrate: %,d firms, %,d defaults, scores of run %s, outcomes %s",
                firms.size(),
                firms.stream().filter(ScoreCalibration.Scored::defaulted).count(),
                runs.isEmpty() ? "-" : runs.first(),
                outcomes.getFileName());
        var result = new ScoreCalibration(model, firms, source).run();
        new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(output.toFile(), model.withCalibration(result.calibration()));
        print(out, model, result);
        return 0;
    }

    private RiskModel model(String stored) {
        var name = modelName != null ? modelName : stored;
        if (name == null) {
            throw new UserInputException("No scored firm has an outcome in " + outcomes + " (run score first?)");
        }
        try {
            return RiskModel.resolve(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + "; name the model file with --model");
        }
    }

    private void print(java.io.PrintWriter out, RiskModel model, ScoreCalibration.Result r) {
        var c = r.calibration();
        out.printf(
                Locale.ROOT,
                "Calibrated %s on %,d firms (%,d defaults): PD(score) = 1 / (1 + exp((score - %.2f) / %.2f)),"
                        + " odds %.1f:1 at 500 points, %.1f points double the odds%n",
                model.version(),
                r.firms(),
                r.defaults(),
                c.offset(),
                c.factor(),
                c.baseOdds(),
                c.pdo());
        out.printf(
                Locale.ROOT, "%-5s %8s %9s %10s %10s %9s%n", "tier", "firms", "defaults", "observed", "predicted", "p");
        r.tiers()
                .forEach(t -> out.printf(
                        Locale.ROOT,
                        "%-5s %,8d %,9d %9.2f%% %9.2f%% %9.3f%n",
                        t.tier(),
                        t.firms(),
                        t.defaults(),
                        100 * t.observedPd(),
                        100 * t.predictedPd(),
                        t.binomialP()));
        out.println("Model: " + output + " (score --model " + output + " to store a PD on every firm)");
    }
}
