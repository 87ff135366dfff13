package dev.anchorgraph.risk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.anchorgraph.contract.Codes;

/**
 * The risk tiers of the scorecard (docs/risk-model.md), best first: comparing two tiers says which is worse. Stored
 * as {@code Company.riskTier} and in the label {@code :RiskTierA} … {@code :RiskTierD}; the model file gives each its
 * minimum score and its label in English and Chinese.
 */
public enum RiskTier {
    /** Prime (优质): score ≥ 650 in scorecard-v2 and v3. */
    A,
    /** Standard (标准): score ≥ 570. */
    B,
    /** Watch (关注): score ≥ 490. */
    C,
    /** Decline (拒绝): below 490, or any knock-out whatever the points. */
    D;

    /** The stored and API spelling: the letter. */
    @JsonValue
    public String code() {
        return name();
    }

    /** @throws IllegalArgumentException for anything but {@code A}…{@code D} */
    @JsonCreator
    public static RiskTier parse(String code) {
        return Codes.parse(RiskTier.class, RiskTier::code, "risk tier", code);
    }

    /** True when this tier is worse than {@code other}. */
    public boolean isWorseThan(RiskTier other) {
        return compareTo(other) > 0;
    }
}
