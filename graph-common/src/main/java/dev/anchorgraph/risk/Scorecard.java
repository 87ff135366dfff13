package dev.anchorgraph.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores one firm with a {@link RiskModel}: {@code score = base + Σ points}, where each feature contributes the
 * points of the first band its value falls in (or the model's "missing" points when it has no value). The tier is
 * the first whose minimum the score reaches; any knock-out forces the last tier (D).
 *
 * <p>A firm with too little trade evidence ({@link RiskModel.InsufficientData}) and no knock-out gets no score and no
 * tier: status {@link RiskStatus#INSUFFICIENT_DATA}, with one reason saying what is missing. A knock-out still
 * forces D: it is evidence of its own, whatever the trade data.
 *
 * <p>Reasons are every non-zero contribution, knock-outs first, then by absolute points, largest first; ties by
 * code, so the order is stable. Cost: O(features × bands).
 */
public final class Scorecard {

    private final RiskModel model;

    public Scorecard(RiskModel model) {
        this.model = model;
    }

    /** One contribution to a score: reason code, points, and the value shown in its message. */
    public record Reason(String code, int points, String value) {}

    /** @param score {@code null}, as {@code tier}, when the status is {@link RiskStatus#INSUFFICIENT_DATA} */
    public record Result(
            Integer score, RiskTier tier, List<Reason> reasons, List<String> knockouts, RiskStatus status) {}

    /**
     * @param features  numeric feature values; absent or {@code null} = no value
     * @param knockouts knock-outs that hold, with their evidence (e.g. the registry status)
     */
    public Result score(Map<Feature, Double> features, Map<Knockout, String> knockouts) {
        var thin = model.insufficientData();
        if (thin != null && knockouts.isEmpty()) {
            var recent = months(features, Feature.ACTIVE_MONTHS_12);
            var prior = months(features, Feature.ACTIVE_MONTHS_PRIOR_12);
            if (recent < thin.minActiveMonths() && prior < thin.minActiveMonths()) {
                var reasons = new ArrayList<Reason>();
                reasons.add(
                        recent + prior == 0
                                ? new Reason(thin.noTradeReason(), 0, "")
                                : new Reason(thin.thinTradeReason(), 0, String.valueOf(recent)));
                reasons.addAll(adverseEvidenceOfItsOwn(features));
                return new Result(null, null, reasons, List.of(), RiskStatus.INSUFFICIENT_DATA);
            }
        }
        int score = model.base();
        var reasons = new ArrayList<Reason>();
        for (var f : model.features()) {
            var value = features.get(f.feature());
            if (value == null) {
                if (f.missing() != null && f.missing().points() != 0) {
                    score += f.missing().points();
                    reasons.add(new Reason(f.missing().reason(), f.missing().points(), ""));
                }
                continue;
            }
            for (var band : f.bands()) {
                if (band.contains(value)) {
                    if (band.points() != 0) {
                        score += band.points();
                        reasons.add(new Reason(f.reason(), band.points(), format(value, f.format())));
                    }
                    break;
                }
            }
        }
        reasons.sort(
                Comparator.comparingInt((Reason r) -> -Math.abs(r.points())).thenComparing(Reason::code));
        var kos = new ArrayList<String>();
        var koReasons = new ArrayList<Reason>();
        for (var k : model.knockouts()) {
            if (knockouts.containsKey(k.feature())) {
                kos.add(k.reason());
                koReasons.add(new Reason(k.reason(), 0, knockouts.get(k.feature())));
            }
        }
        koReasons.addAll(reasons);
        return new Result(
                score, kos.isEmpty() ? tier(score) : model.tiers().getLast().tier(), koReasons, kos, RiskStatus.SCORED);
    }

    /**
     * What counts against a firm without resting on its trade (court cases, related parties, age, the USCC, fraud
     * flags, counterparty distress), with the points it would carry: an insufficient-data firm has no score, but a
     * relationship manager must still see a lawsuit. Trade features are left out: their absence is the missing
     * evidence, not bad evidence.
     */
    private List<Reason> adverseEvidenceOfItsOwn(Map<Feature, Double> features) {
        var reasons = new ArrayList<Reason>();
        for (var f : model.features()) {
            var value = features.get(f.feature());
            if (value == null || !EVIDENCE_OF_ITS_OWN.contains(f.feature())) {
                continue;
            }
            for (var band : f.bands()) {
                if (band.contains(value)) {
                    if (band.points() < 0) {
                        reasons.add(new Reason(f.reason(), band.points(), format(value, f.format())));
                    }
                    break;
                }
            }
        }
        reasons.sort(Comparator.comparingInt((Reason r) -> r.points()).thenComparing(Reason::code));
        return reasons;
    }

    private static final java.util.Set<Feature> EVIDENCE_OF_ITS_OWN = java.util.EnumSet.of(
            Feature.LITIGATION_COUNT_24M,
            Feature.ENFORCED_COUNT_24M,
            Feature.RELATED_PARTY_RISK,
            Feature.AGE_YEARS,
            Feature.USCC_FLAGGED,
            Feature.FRAUD_IMPLAUSIBLE_GOODS,
            Feature.FRAUD_SALES_SURGE,
            Feature.FRAUD_REVERSALS,
            Feature.FRAUD_SHELL_CLUSTER,
            Feature.RELATED_PARTY_TRADE_SHARE,
            Feature.BENFORD_MAD,
            Feature.COUNTERPARTY_DISTRESS);

    /** Months with invoices; no value counts as none. */
    private static int months(Map<Feature, Double> features, Feature f) {
        var v = features.get(f);
        return v == null ? 0 : (int) Math.round(v);
    }

    /**
     * The PD of a result by the model's {@link Calibration}: {@code PD(score)}; for a knocked-out firm at least the PD
     * of the best score tier D holds (one point below the tier above D), because a knock-out puts the firm in D
     * whatever its points. Null when the model has no calibration or the result has no score (insufficient data).
     * Rounded to 6 decimals, so a stored PD reads the same on every run.
     */
    public Double pd(Result r) {
        var calibration = model.calibration();
        if (calibration == null || r.score() == null) {
            return null;
        }
        var pd = calibration.pd(r.score());
        if (!r.knockouts().isEmpty() && model.tiers().size() > 1) {
            var aboveD = model.tiers().get(model.tiers().size() - 2).min();
            if (aboveD != null) {
                pd = Math.max(pd, calibration.pd(aboveD - 1));
            }
        }
        return Math.round(pd * 1e6) / 1e6;
    }

    private RiskTier tier(int score) {
        for (var t : model.tiers()) {
            if (t.min() == null || score >= t.min()) {
                return t.tier();
            }
        }
        return model.tiers().getLast().tier();
    }

    static String format(double v, String format) {
        return switch (format == null ? "int" : format) {
            case "pct" -> String.format(Locale.ROOT, "%.0f%%", v * 100);
            case "ratio" -> String.format(Locale.ROOT, "%.2f", v);
            case "decimal" -> String.format(Locale.ROOT, "%.1f", v);
            case "decimal3" -> String.format(Locale.ROOT, "%.3f", v);
            default -> String.format(Locale.ROOT, "%.0f", v);
        };
    }
}
