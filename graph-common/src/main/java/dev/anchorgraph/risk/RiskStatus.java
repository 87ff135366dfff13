package dev.anchorgraph.risk;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.anchorgraph.contract.Codes;
import java.util.Locale;

/**
 * Whether the score step could give a firm a trade-based tier (docs/risk-model.md, Insufficient data). Stored as
 * {@code Company.riskStatus} and served as {@code status}: a firm without enough trade evidence is not a bad firm,
 * so it gets no score and no tier rather than the worst ones.
 */
public enum RiskStatus {
    /** Scored: a score and a tier (a knock-out forces D whatever the trade evidence). */
    SCORED,
    /** Too little trade evidence and no knock-out: no score, no tier, a reason saying what is missing. */
    INSUFFICIENT_DATA;

    /** The stored and API spelling: {@code scored}, {@code insufficient_data}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but the two codes */
    public static RiskStatus parse(String code) {
        return Codes.parse(RiskStatus.class, RiskStatus::code, "risk status", code);
    }
}
