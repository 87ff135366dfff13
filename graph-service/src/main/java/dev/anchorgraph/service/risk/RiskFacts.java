package dev.anchorgraph.service.risk;

import dev.anchorgraph.contract.RunStatus;
import dev.anchorgraph.risk.RiskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * What the score step wrote on one firm (docs/scoring-contract.md), language-neutral so that one cached copy serves
 * every {@code Accept-Language}. A firm the score step has not reached has no tier or score: {@link #scored()} is
 * false. A firm it reached without enough trade evidence has status {@code insufficient_data} and no tier or score:
 * it has an answer all the same.
 *
 * @param status {@code scored} or {@code insufficient_data}; {@code scored} for a firm scored before the status was
 *               stored (every firm was then scored)
 * @param pd     probability of default from the model's calibration; null when the model has none or the firm no
 *               score
 * @param suggestedLimit null when the model that scored the firm has no limit policy; with its basis and inputs
 */
record RiskFacts(
        String uscc,
        String name,
        String status,
        String tier,
        Integer score,
        Double pd,
        String model,
        String run,
        LocalDate asOf,
        Instant scoredAt,
        String runStatus,
        List<String> runWarnings,
        List<RawReason> reasons,
        List<String> knockouts,
        Long suggestedLimit,
        String suggestedLimitBasis,
        Double stableBuyerSales12,
        Double annualSales) {

    /** A run's warnings repeat on every firm it scored: one copy per distinct list (few: one per run with warnings). */
    private static final Map<List<String>, List<String>> WARNINGS = new ConcurrentHashMap<>();

    /** The score step has reached the firm: it has a tier and score, or knows it has too little data for them. */
    boolean scored() {
        return (tier != null && score != null)
                || RiskStatus.INSUFFICIENT_DATA.code().equals(status);
    }

    static RiskFacts from(TypeSystem types, Record r) {
        return new RiskFacts(
                r.get("uscc").asString(),
                r.get("name").asString(null),
                status(r),
                interned(r.get("tier")),
                r.get("score").isNull() ? null : r.get("score").asInt(),
                r.get("pd").isNull() ? null : r.get("pd").asDouble(),
                interned(r.get("model")),
                interned(r.get("run")),
                r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate(),
                instant(r.get("scoredAt")),
                runStatus(r),
                runWarnings(r.get("runWarnings")),
                RawReason.zip(r.get("reasons"), r.get("points"), r.get("reasonValues")),
                r.get("knockouts").isNull()
                        ? List.of()
                        : r.get("knockouts").asList(v -> v.asString().intern()),
                r.get("suggestedLimit").isNull()
                        ? null
                        : r.get("suggestedLimit").asLong(),
                interned(r.get("suggestedLimitBasis")),
                r.get("stableBuyerSales12").isNull()
                        ? null
                        : r.get("stableBuyerSales12").asDouble(),
                r.get("annualSales").isNull() ? null : r.get("annualSales").asDouble());
    }

    private static String status(Record r) {
        if (!r.get("status").isNull()) {
            return r.get("status").asString().intern();
        }
        return r.get("tier").isNull() ? null : RiskStatus.SCORED.code();
    }

    /**
     * {@code complete} or {@code warnings} (a fraud pattern failed; docs/scoring-contract.md); a run recorded
     * before runs had a status could only have completed; {@code null} when the run's record is missing.
     */
    private static String runStatus(Record r) {
        if (r.get("scoredAt").isNull()) {
            return null;
        }
        return r.get("runStatus").isNull()
                ? RunStatus.COMPLETE.code()
                : r.get("runStatus").asString().intern();
    }

    private static List<String> runWarnings(Value v) {
        if (v.isNull() || v.isEmpty()) {
            return List.of();
        }
        var list = List.copyOf(v.asList(Value::asString));
        return WARNINGS.computeIfAbsent(list, k -> k);
    }

    /** Tier, model and run repeat across every cached firm: one copy each. */
    private static String interned(Value v) {
        return v.isNull() ? null : v.asString().intern();
    }

    /** {@code finishedAt} is a zoned datetime by contract; a local one is read as UTC rather than refused. */
    private static Instant instant(Value v) {
        return switch (v.asObject()) {
            case ZonedDateTime z -> z.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            case null, default -> null;
        };
    }
}
