package dev.anchorgraph.analytics.fit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorgraph.risk.RiskModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * The fitted scorecard as a model file in the format of {@code scorecard-v3.json}, so {@code score --model FILE}
 * scores with it like with any other version.
 *
 * <ul>
 *   <li>{@code base} = offset − α × factor and each bin's points −β × WoE × factor, rounded ({@link PointsScaling}).
 *       A feature's bands are its bins, lowest values first, each up to and including its upper bound, the last
 *       open; a "missing" bin becomes the feature's {@code missing} points (the base model's reason code for missing,
 *       e.g. {@code NO_ANCHOR_CHAIN}, else the feature's own). A feature with no missing bin gives 0 (average) to a
 *       firm without a value.</li>
 *   <li>Tiers: the base model's tiers and labels, each starting at the lowest score whose PD is within its target.</li>
 *   <li>Copied from the base model so reasons keep their words: knock-outs, reason codes and zh/en messages, the
 *       stable-buyer rule, the large-buyer percentile and the insufficient-data rule.</li>
 *   <li>Added: {@code calibration} (base score and odds, PDO, factor, offset, the PD formula) and {@code fit} (what
 *       it was fitted on, each feature's IV and coefficient). The loader ignores both; they are there so a PD can be
 *       computed from a stored score, and so the file says where it came from.</li>
 * </ul>
 */
final class ModelFile {

    private ModelFile() {}

    static RiskModel build(RiskModel baseModel, String version, ScorecardFit.Result fit, FitOptions options) {
        var scaling = options.scaling();
        var features = new ArrayList<RiskModel.BandedFeature>();
        for (var template : baseModel.features()) {
            var f = template.feature();
            if (!fit.kept().contains(f)) {
                continue;
            }
            double beta = fit.coefficient(f);
            var bands = new ArrayList<RiskModel.Band>();
            RiskModel.Missing missing = null;
            for (var bin : fit.binned().get(f).bins()) {
                int points = (int) Math.round(scaling.points(beta, bin.woe()));
                if (bin.missing()) {
                    var reason = template.missing() == null
                            ? template.reason()
                            : template.missing().reason();
                    missing = new RiskModel.Missing(reason, points);
                } else {
                    bands.add(new RiskModel.Band(null, bin.upper(), points));
                }
            }
            features.add(new RiskModel.BandedFeature(f, template.format(), template.reason(), bands, missing));
        }
        var tiers = new ArrayList<RiskModel.Tier>();
        for (var t : baseModel.tiers()) {
            var pd = options.tierPd().get(t.tier());
            tiers.add(new RiskModel.Tier(t.tier(), pd == null ? null : scaling.minScoreFor(pd), t.label()));
        }
        var description = String.format(
                Locale.ROOT,
                "Fitted by graph-loader fit on %,d firms (%,d defaults) from %s: monotone WoE bins, logistic regression,"
                        + " %.0f points at %.0f:1 odds, %.0f points to double the odds (docs/model-fitting.md)."
                        + " Higher score = lower risk.",
                fit.firms(),
                fit.defaults(),
                baseModel.version(),
                scaling.baseScore(),
                scaling.baseOdds(),
                scaling.pdo());
        return new RiskModel(
                version,
                description,
                (int) Math.round(scaling.base(fit.regression().intercept())),
                tiers,
                baseModel.stableBuyer(),
                baseModel.largeBuyerPercentile(),
                features,
                baseModel.knockouts(),
                baseModel.insufficientData(),
                // a fitted model lends by the base model's policy: the bank changes it in the file if it wants
                baseModel.limitPolicy(),
                baseModel.messages());
    }

    static void write(RiskModel model, ScorecardFit.Result fit, FitOptions options, Path file) throws IOException {
        var mapper = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode json = mapper.valueToTree(model);
        var scaling = options.scaling();
        var calibration = json.putObject("calibration");
        calibration.put("baseScore", scaling.baseScore());
        calibration.put("baseOdds", scaling.baseOdds());
        calibration.put("pdo", scaling.pdo());
        calibration.put("factor", scaling.factor());
        calibration.put("offset", scaling.offset());
        calibration.put("pd", "1 / (1 + exp((score - offset) / factor))");
        var tierPd = new LinkedHashMap<String, Double>();
        model.tiers().forEach(t -> {
            if (options.tierPd().containsKey(t.tier())) {
                tierPd.put(t.tier().code(), options.tierPd().get(t.tier()));
            }
        });
        calibration.set("tierMaxPd", mapper.valueToTree(tierPd));
        var about = json.putObject("fit");
        about.put("firms", fit.firms());
        about.put("defaults", fit.defaults());
        about.put("intercept", fit.regression().intercept());
        about.put("l2", options.l2());
        var coefficients = about.putObject("coefficients");
        fit.kept().forEach(f -> coefficients.put(f.key(), fit.coefficient(f)));
        var iv = about.putObject("informationValue");
        fit.choices().forEach(c -> iv.put(c.feature().key(), c.iv()));
        mapper.writeValue(file.toFile(), json);
    }
}
