package dev.anchorgraph.analytics.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.anchorgraph.cli.Connector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph-loader backtest --outcomes outcomes.csv}: AUC, KS, Gini, bad rate per tier and calibration. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description =
                "Compares the stored scores with observed outcomes (uscc, defaulted, observed_on): AUC, KS, Gini, tiers, calibration.")
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

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var defaulted = Outcomes.read(outcomes);
        var observations = new ArrayList<Backtest.Observation>();
        try (var neo4j = loader.connect(out);
                var s = neo4j.driver().session(neo4j.session())) {
            s.run("""
                    UNWIND $usccs AS u
                    MATCH (c:Company {uscc: u}) WHERE c.riskScore IS NOT NULL
                    RETURN c.uscc AS uscc, c.riskScore AS score, c.riskTier AS tier
                    """, Map.of("usccs", List.copyOf(defaulted.keySet())))
                    .forEachRemaining(r -> observations.add(new Backtest.Observation(
                            r.get("uscc").asString(),
                            r.get("score").asInt(),
                            r.get("tier").asString(),
                            defaulted.get(r.get("uscc").asString()))));
        }
        var result = new Backtest(observations).run();
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), result);
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
        out.println("Report: " + report);
        return 0;
    }
}
