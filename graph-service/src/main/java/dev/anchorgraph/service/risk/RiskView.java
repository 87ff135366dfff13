package dev.anchorgraph.service.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * A firm's risk answer in one language.
 *
 * @param status     {@code scored}, or {@code insufficient_data}: too little trade evidence for a tier (and no
 *                   knock-out), so {@code tier}, {@code tierLabel} and {@code score} are null and the reasons say what
 *                   is missing (docs/risk-model.md, Insufficient data)
 * @param tierLabel  the model's name for the tier ({@code prime}, {@code 优质}…)
 * @param pd         probability of default (0–1) from the scoring model's calibration (docs/model-fitting.md, PD);
 *                   null when that model has none (scorecard-v3 as shipped) or the firm has no score
 * @param base       the model's base points: {@code score = base + Σ reasons' points} (a waterfall from base to
 *                   score); null when the model file is unknown to this service
 * @param asOf       the date the features were computed as of
 * @param scoredAt   when the score run that wrote this finished; null if that run's record is gone
 * @param runStatus  {@code complete}, or {@code warnings} when a fraud pattern failed in that run (the firm is scored,
 *                   with that pattern's flags from an earlier run); null if the run's record is gone
 * @param runWarnings the failed patterns and why, e.g. {@code rings (circular_trading): time budget of 10m exceeded}
 * @param reasons    what moved the score, largest first as the score step ordered them; knock-outs are not
 *                   repeated here, they are in {@code knockouts}
 * @param knockouts  findings that force tier D whatever the points
 * @param suggestedLimit how much to lend, by the model's limit policy, with its basis and inputs; null when the
 *                   model that scored the firm has no policy
 */
record RiskView(
        String uscc,
        String name,
        String status,
        String tier,
        String tierLabel,
        Integer score,
        Double pd,
        Integer base,
        String model,
        LocalDate asOf,
        Instant scoredAt,
        String run,
        String runStatus,
        List<String> runWarnings,
        List<Reason> reasons,
        List<Knockout> knockouts,
        SuggestedLimitView suggestedLimit) {

    record Knockout(String code, String message) {}

    static RiskView of(RiskFacts f, RiskModels models, Language lang) {
        var knockoutCodes = new HashSet<>(f.knockouts());
        var reasons = f.reasons().stream()
                .filter(r -> !knockoutCodes.contains(r.code()))
                .map(r -> models.reason(f.model(), r, lang))
                .toList();
        // a knock-out's evidence (e.g. the registry status) is carried by its entry in the reasons list
        var knockouts = f.knockouts().stream()
                .map(code -> new Knockout(
                        code,
                        models.message(
                                f.model(),
                                code,
                                f.reasons().stream()
                                        .filter(r -> r.code().equals(code))
                                        .map(RawReason::value)
                                        .findFirst()
                                        .orElse(null),
                                lang)))
                .toList();
        return new RiskView(
                f.uscc(),
                f.name(),
                f.status(),
                f.tier(),
                f.tier() == null ? null : models.tierLabel(f.model(), f.tier(), lang),
                f.score(),
                f.pd(),
                models.base(f.model()),
                f.model(),
                f.asOf(),
                f.scoredAt(),
                f.run(),
                f.runStatus(),
                f.runWarnings(),
                reasons,
                knockouts,
                SuggestedLimitView.of(f, models.limitPolicy(f.model())));
    }
}
