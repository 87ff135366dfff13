package dev.anchorgraph.risk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.anchorgraph.contract.Codes;

/**
 * The conditions that force the worst tier whatever the points (docs/risk-model.md, Knock-outs), by the name the risk
 * model file gives them ({@code knockouts[].feature}). The model maps each to its reason code ({@code KO_…}).
 */
public enum Knockout {
    /** An open dishonest-debtor (失信被执行人) case against the firm. */
    DISHONEST_DEBTOR("dishonestDebtor"),
    /** An open consumption-restriction (限制消费) case against the firm. */
    CONSUMPTION_RESTRICTED("consumptionRestricted"),
    /** The registry status is not {@code active}. */
    STATUS_NOT_ACTIVE("statusNotActive"),
    /** Member of a circular-trading ring. */
    CIRCULAR_TRADING("circularTrading"),
    /** Flagged {@code implausible_goods} with high severity. */
    IMPLAUSIBLE_GOODS_HIGH("implausibleGoodsHigh"),
    /** Flagged {@code shell_cluster} with high severity. */
    SHELL_CLUSTER_HIGH("shellClusterHigh");

    private final String key;

    Knockout(String key) {
        this.key = key;
    }

    /** The name in the risk model file, e.g. {@code statusNotActive}. */
    @JsonValue
    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException for a name no knock-out has */
    @JsonCreator
    public static Knockout parse(String key) {
        return Codes.parse(Knockout.class, Knockout::key, "knock-out", key);
    }
}
