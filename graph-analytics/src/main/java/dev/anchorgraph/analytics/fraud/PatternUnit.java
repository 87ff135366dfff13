package dev.anchorgraph.analytics.fraud;

import java.util.Arrays;
import java.util.List;

/**
 * The parts of a fraud run that succeed or fail on their own, each with its time budget. The per-firm patterns are
 * one unit because they share one pass over every firm's sales: splitting them would read all sales four times.
 *
 * @param flagPatterns the {@code FraudFlag.pattern}s the unit writes
 * @param label        the nodes it writes besides flags ({@code FraudRing}, {@code ShellCluster}), or {@code null}
 */
enum PatternUnit {
    RINGS("rings", List.of(FraudFindings.CIRCULAR_TRADING), "FraudRing"),
    PER_FIRM(
            "per-firm",
            List.of(
                    FraudFindings.IMPLAUSIBLE_GOODS,
                    FraudFindings.SALES_SURGE,
                    FraudFindings.REVERSALS,
                    FraudFindings.BENFORD),
            null),
    RELATED_PARTY("related-party", List.of(RelatedPartyFlag.PATTERN), null),
    SHELL_CLUSTERS("shell-clusters", List.of(ShellClusterStep.PATTERN), "ShellCluster");

    private final String id;
    private final List<String> flagPatterns;
    private final String label;

    PatternUnit(String id, List<String> flagPatterns, String label) {
        this.id = id;
        this.flagPatterns = flagPatterns;
        this.label = label;
    }

    /** The name on the command line ({@code --pattern-budget rings=1h}) and in reports. */
    String id() {
        return id;
    }

    List<String> flagPatterns() {
        return flagPatterns;
    }

    String label() {
        return label;
    }

    static PatternUnit of(String id) {
        for (var u : values()) {
            if (u.id.equals(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown pattern '" + id + "': one of default, "
                + String.join(", ", Arrays.stream(values()).map(PatternUnit::id).toList()));
    }
}
