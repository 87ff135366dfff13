package dev.anchorgraph.analytics.fit;

import dev.anchorgraph.analytics.backtest.Outcomes;
import dev.anchorgraph.cli.BusinessDate;
import dev.anchorgraph.cli.Connector;
import dev.anchorgraph.cli.UserInputException;
import dev.anchorgraph.risk.Feature;
import dev.anchorgraph.risk.RiskModel;
import dev.anchorgraph.risk.RiskTier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph-loader fit --outcomes outcomes.csv --output model.json}: a scorecard fitted on observed outcomes. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fits a points scorecard on observed outcomes (uscc, defaulted, observed_on), the standard credit-scorecard"
                    + " method: monotone bins with weight of evidence per feature, features chosen by information value"
                    + " and correlation, L2-regularised logistic regression, points scaled to double the odds every PDO"
                    + " points, tiers from target PDs (docs/model-fitting.md).",
            "Reads the features the last score run stored; scored firms without a knock-out are used. Writes a model"
                    + " file for score --model FILE and, with --report, the validation figures: a random hold-out, an"
                    + " out-of-time sample with --out-of-time-from, PSI to the whole scored population.",
        })
public final class FitCommand implements Callable<Integer> {

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
            description = "Where the fitted model file goes (JSON).")
    Path output;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            description = "Directory for the validation report (fit-report.json, fit-report.txt, and"
                    + " fit-report.html: a self-contained page with charts).")
    Path report;

    @Option(
            names = "--model-version",
            paramLabel = "VERSION",
            description = "The model's version (default: fitted-<today>).")
    String version;

    @Option(
            names = "--base-model",
            paramLabel = "VERSION|FILE",
            defaultValue = RiskModel.DEFAULT_VERSION,
            description = "Model whose features are candidates and whose knock-outs, tiers and messages are kept:"
                    + " a version or a file (default: ${DEFAULT-VALUE}).")
    String baseModel;

    @Option(
            names = "--exclude",
            paramLabel = "FEATURE",
            split = ",",
            description = "Features not to fit on, by their model-file name, e.g. one whose bins contradict what it"
                    + " means (see the report's bad rate per bin).")
    List<String> exclude = List.of();

    @Option(
            names = "--holdout",
            paramLabel = "SHARE",
            defaultValue = "0.3",
            description = "Share of firms held out to validate on (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Option(
            names = "--out-of-time-from",
            paramLabel = "DATE",
            description = "Hold out the firms observed (observed_on) on or after DATE (yyyy-mm-dd) as an out-of-time"
                    + " sample, validated beside the random hold-out; when the dates do not allow it (e.g. all the"
                    + " same), the report says so.")
    LocalDate outOfTimeFrom;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Seed of the hold-out split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--bins",
            paramLabel = "N",
            defaultValue = "20",
            description = "Quantile bins to start from (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(
            names = "--min-bin-share",
            paramLabel = "SHARE",
            defaultValue = "0.05",
            description = "Least share of firms in a bin (default: ${DEFAULT-VALUE}).")
    double minBinShare;

    @Option(
            names = "--min-iv",
            paramLabel = "IV",
            defaultValue = "0.02",
            description = "Least information value to keep a feature (default: ${DEFAULT-VALUE}).")
    double minIv;

    @Option(
            names = "--max-correlation",
            paramLabel = "R",
            defaultValue = "0.7",
            description = "Greatest |correlation| of two kept features' WoE (default: ${DEFAULT-VALUE}).")
    double maxCorrelation;

    @Option(
            names = "--l2",
            paramLabel = "LAMBDA",
            defaultValue = "1.0",
            description = "L2 penalty of the regression (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(
            names = "--base-score",
            paramLabel = "POINTS",
            defaultValue = "500",
            description = "Score at the base odds (default: ${DEFAULT-VALUE}).")
    double baseScore;

    @Option(
            names = "--base-odds",
            paramLabel = "ODDS",
            defaultValue = "50",
            description = "Good:bad odds at the base score (default: ${DEFAULT-VALUE}:1).")
    double baseOdds;

    @Option(
            names = "--pdo",
            paramLabel = "POINTS",
            defaultValue = "40",
            description = "Points to double the odds (default: ${DEFAULT-VALUE}).")
    double pdo;

    @Option(
            names = "--tier-pd",
            paramLabel = "TIER=PD",
            split = ",",
            defaultValue = "A=0.01,B=0.03,C=0.08",
            description = "Highest PD per tier; the last tier takes the rest (default: ${DEFAULT-VALUE}).")
    Map<RiskTier, Double> tierPd;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var options = options();
        RiskModel base;
        try {
            base = RiskModel.resolve(baseModel);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        var defaulted = Outcomes.read(outcomes);
        var excluded = exclude.stream().map(FitCommand::feature).toList();
        var candidates = FirmSample.candidates(base).stream()
                .filter(f -> !excluded.contains(f))
                .toList();
        List<FitFirm> firms;
        List<FitFirm> population;
        try (var neo4j = loader.connect(out)) {
            firms = FirmSample.read(neo4j, defaulted, candidates);
            population = FirmSample.population(neo4j, candidates);
        }
        var outOfTime =
                outOfTimeFrom == null ? null : OutOfTimeSplit.of(firms, Outcomes.observedOn(outcomes), outOfTimeFrom);
        var parts = FirmSample.split(outOfTime == null ? firms : outOfTime.early(), options.holdout(), options.seed());
        var fitting = parts.get(0);
        long bads = fitting.stream().filter(FitFirm::defaulted).count();
        if (bads == 0 || bads == fitting.size()) {
            throw new UserInputException(String.format(
                    Locale.ROOT,
                    "Cannot fit: %,d scored firms without a knock-out have an outcome, %,d to fit on, of which %,d"
                            + " defaulted; both defaults and non-defaults are needed (run score first?)",
                    firms.size(),
                    fitting.size(),
                    bads));
        }
        var fit = new ScorecardFit(fitting, candidates, options).run();
        var name = version != null ? version : "fitted-" + BusinessDate.today();
        var model = ModelFile.build(base, name, fit, options);
        ModelFile.write(model, fit, options, output);
        var figures = new Validation(model, options.scaling(), fit).run(fitting, parts.get(1), outOfTime, population);
        var result = FitReport.of(model, fit, options, figures);
        if (report != null) {
            FitReport.write(result, report);
        }
        out.print(FitReport.head(result));
        out.printf(
                Locale.ROOT,
                "Features kept: %s%n",
                String.join(", ", fit.kept().stream().map(f -> f.key()).toList()));
        out.println("Model: " + output + (report == null ? "" : "; report: " + report.resolve("fit-report.txt")));
        return 0;
    }

    private static Feature feature(String name) {
        try {
            return Feature.parse(name.strip());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--exclude: " + e.getMessage());
        }
    }

    private FitOptions options() {
        if (!(holdout >= 0 && holdout < 1)
                || bins < 1
                || !(minBinShare >= 0 && minBinShare < 1)
                || l2 < 0
                || !(pdo > 0)
                || !(baseOdds > 0)) {
            throw new UserInputException("--holdout and --min-bin-share must be in [0, 1), --bins ≥ 1, --l2 ≥ 0,"
                    + " --pdo and --base-odds > 0");
        }
        var pds = new EnumMap<>(tierPd);
        double previous = 0;
        for (var e : pds.entrySet()) {
            if (!(e.getValue() > previous && e.getValue() < 1)) {
                throw new UserInputException(
                        "--tier-pd: each tier's PD must be above the better tier's and below 1: " + tierPd);
            }
            previous = e.getValue();
        }
        return new FitOptions(
                bins,
                minBinShare,
                minIv,
                maxCorrelation,
                l2,
                new PointsScaling(baseScore, baseOdds, pdo),
                Map.copyOf(pds),
                holdout,
                seed);
    }
}
