package dev.anchorgraph.contract;

import java.util.Locale;

/**
 * How strongly a fraud flag or an alert should be acted on, stored in lower case on {@code (:FraudFlag {severity})},
 * {@code (:ShellCluster {severity})} and {@code (:Alert {severity})}, and spelled so in the API. Declared from most to
 * least severe: the order things are listed in.
 */
public enum Severity {
    /** Strong evidence or a serious event: act now (a knock-out for some fraud patterns, docs/risk-model.md). */
    HIGH,
    /** Worth a look at the next review. */
    MEDIUM,
    /** Weak evidence (Benford's law, a small related-party share): shown, but must not page anyone. */
    LOW;

    /** The stored and API spelling: {@code high}, {@code medium}, {@code low}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but the three codes */
    public static Severity parse(String code) {
        return Codes.parse(Severity.class, Severity::code, "severity", code);
    }
}
