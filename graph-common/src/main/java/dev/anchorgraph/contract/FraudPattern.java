package dev.anchorgraph.contract;

import java.util.Locale;
import java.util.Optional;

/**
 * The invoice fraud patterns (docs/risk-model.md, Fraud patterns), by the name stored on
 * {@code (:FraudFlag {pattern})}, in flag keys ({@code uscc/pattern}) and in {@code new_fraud_pattern} alerts.
 */
public enum FraudPattern {
    /** Member of a ring of firms invoicing each other round in a circle. */
    CIRCULAR_TRADING,
    /** Sells goods implausible for its industry. */
    IMPLAUSIBLE_GOODS,
    /** Sales in the last months far above the firm's own baseline. */
    SALES_SURGE,
    /** Unusually many red-letter or voided invoices. */
    REVERSALS,
    /** One of a cluster of young firms sharing people or an address that trade among themselves. */
    SHELL_CLUSTER,
    /** A large share of its trade is with related firms (shareholding or shared officers). */
    RELATED_PARTY_TRADE,
    /** The first digits of its invoice amounts deviate from Benford's law. */
    BENFORD;

    /** The stored spelling, e.g. {@code circular_trading}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name no pattern has */
    public static FraudPattern parse(String code) {
        return Codes.parse(FraudPattern.class, FraudPattern::code, "fraud pattern", code);
    }

    /** The pattern stored as {@code code}, or empty for one this version does not know (a newer run wrote it). */
    public static Optional<FraudPattern> find(String code) {
        return Codes.find(FraudPattern.class, FraudPattern::code, code);
    }
}
