package dev.anchorgraph.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A versioned points scorecard, read from {@code risk-model/<version>.json} on the classpath. Both programs use it:
 * graph-loader's score step to score, graph-service to word the reasons. docs/risk-model.md explains every number.
 *
 * @param base        points every firm starts from
 * @param tiers       tiers from best to worst, each with its minimum score ({@code null} for the last)
 * @param stableBuyer the rule that makes a large buyer "stable"
 * @param largeBuyerPercentile firms of unknown scale whose purchases reach this percentile count as large buyers
 * @param features    banded features: the first band a value falls in gives the points
 * @param knockouts   conditions that force the worst tier whatever the points
 * @param insufficientData when a firm has too little trade evidence for a tier; {@code null}: every firm is scored
 * @param limitPolicy how much to lend: the suggested limit ({@link SuggestedLimit}); {@code null}: no limit is
 *                    suggested (scorecard-v1 and v2 have none)
 * @param calibration how scores map to a PD ({@link Calibration}); {@code null}: the model has no PD (scorecard-v3 as
 *                    shipped: its points are set by hand, and no outcome was fitted on them)
 * @param messages    reason code → language → text with {@code {value}}
 *
 * <p>The file names features, knock-outs and tiers as strings; they are read into {@link Feature}, {@link Knockout}
 * and {@link RiskTier}, so a name the code does not compute fails the load instead of silently scoring nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RiskModel(
        String version,
        String description,
        int base,
        List<Tier> tiers,
        StableBuyerRule stableBuyer,
        double largeBuyerPercentile,
        List<BandedFeature> features,
        List<KnockoutRule> knockouts,
        InsufficientData insufficientData,
        LimitPolicy limitPolicy,
        Calibration calibration,
        Map<String, Map<String, String>> messages) {

    public static final String DEFAULT_VERSION = "scorecard-v3";

    /** A model without a calibration: no PD. */
    public RiskModel(
            String version,
            String description,
            int base,
            List<Tier> tiers,
            StableBuyerRule stableBuyer,
            double largeBuyerPercentile,
            List<BandedFeature> features,
            List<KnockoutRule> knockouts,
            InsufficientData insufficientData,
            LimitPolicy limitPolicy,
            Map<String, Map<String, String>> messages) {
        this(
                version,
                description,
                base,
                tiers,
                stableBuyer,
                largeBuyerPercentile,
                features,
                knockouts,
                insufficientData,
                limitPolicy,
                null,
                messages);
    }

    /** A model without a limit policy (as every model was before it): code that builds models keeps compiling. */
    public RiskModel(
            String version,
            String description,
            int base,
            List<Tier> tiers,
            StableBuyerRule stableBuyer,
            double largeBuyerPercentile,
            List<BandedFeature> features,
            List<KnockoutRule> knockouts,
            InsufficientData insufficientData,
            Map<String, Map<String, String>> messages) {
        this(
                version,
                description,
                base,
                tiers,
                stableBuyer,
                largeBuyerPercentile,
                features,
                knockouts,
                insufficientData,
                null,
                null,
                messages);
    }

    /** The same model with {@code calibration} (what {@code graph-loader calibrate} writes). */
    public RiskModel withCalibration(Calibration calibration) {
        return new RiskModel(
                version,
                description,
                base,
                tiers,
                stableBuyer,
                largeBuyerPercentile,
                features,
                knockouts,
                insufficientData,
                limitPolicy,
                calibration,
                messages);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tier(RiskTier tier, Integer min, Map<String, String> label) {}

    public record StableBuyerRule(
            int minTenureMonths, int minActiveMonthsOfLast12, double maxCv, int maxDaysSinceLast) {}

    /** @param format how the value reads in a message: {@code int} (default), {@code decimal}, {@code decimal3} (three decimals), {@code ratio}, {@code pct} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BandedFeature(Feature feature, String format, String reason, List<Band> bands, Missing missing) {}

    /** A value {@code v} is in the band when {@code min <= v} (if set) and {@code v <= max} (if set). */
    public record Band(Double min, Double max, int points) {
        boolean contains(double v) {
            return (min == null || v >= min) && (max == null || v <= max);
        }
    }

    public record Missing(String reason, int points) {}

    public record KnockoutRule(Knockout feature, String reason) {}

    /**
     * Absence of evidence is not bad evidence: a firm with fewer than {@code minActiveMonths} months with invoices in
     * the last 12 and in the 12 before gets no score and no tier (unless knocked out), and one reason:
     * {@code noTradeReason} when it has no invoices in those 24 months, else {@code thinTradeReason} with the months
     * of the last 12. A firm that had a trade record the year before and lost it is scored: the loss is evidence.
     */
    public record InsufficientData(int minActiveMonths, String noTradeReason, String thinTradeReason) {}

    /**
     * The suggested-limit policy (docs/risk-model.md, Suggested limit; computed by {@link SuggestedLimit}): the
     * smallest of {@code shareOfStableSales} × the last 12 months' sales to stable large buyers,
     * {@code monthsOfSalesCap} × the average monthly sales of those 12 months, and the tier's cap; rounded down to a
     * multiple of {@code roundTo}; zero for tier D and for insufficient data.
     *
     * @param tierCaps the most any firm of a tier is lent, in {@code currency}; a tier not listed has no cap
     * @param roundTo  the limit is rounded down to a multiple of this (1 or less: to a whole unit)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LimitPolicy(
            double shareOfStableSales,
            double monthsOfSalesCap,
            Map<RiskTier, Long> tierCaps,
            String currency,
            long roundTo) {}

    public static RiskModel load(String version) {
        var path = "risk-model/" + version + ".json";
        try (var in = RiskModel.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No risk model " + version + " (" + path + ")");
            }
            return read(path, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A model by version ({@code scorecard-v3}, from the classpath) or by file ({@code fitted.json},
     * {@code models/bank-2026.json}): a name that ends in {@code .json} or holds a path separator is a file, as
     * {@code graph-loader fit} writes one.
     *
     * @throws IllegalArgumentException when there is no such version or file, or the model in it is not valid
     */
    public static RiskModel resolve(String versionOrFile) {
        if (!versionOrFile.endsWith(".json") && !versionOrFile.contains("/") && !versionOrFile.contains("\\")) {
            return load(versionOrFile);
        }
        var file = Path.of(versionOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No risk model file " + file.toAbsolutePath());
        }
        try (var in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException naming the file and what in it is wrong, e.g. an unknown feature */
    static RiskModel read(String source, InputStream in) throws IOException {
        try {
            return new ObjectMapper().readValue(in, RiskModel.class);
        } catch (JsonMappingException e) {
            var cause =
                    e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException(
                    "Risk model " + source + " is not valid at " + e.getPathReference() + ": " + cause, e);
        }
    }

    public static RiskModel current() {
        return load(DEFAULT_VERSION);
    }

    /** The message of a reason in a language ({@code en} or {@code zh}), with the value filled in. */
    public String message(String code, String language, String value) {
        var texts = messages.getOrDefault(code, Map.of());
        var text = texts.getOrDefault(language, texts.getOrDefault("en", code));
        return text.replace("{value}", value == null ? "" : value);
    }
}
