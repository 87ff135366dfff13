package dev.anchorgraph.analytics.fraud;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --pattern-budget}, on every command that runs the fraud patterns ({@code fraud}, {@code score}, loads). */
public final class PatternOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--pattern-budget",
            split = ",",
            paramLabel = "PATTERN=DURATION",
            description = "Time budget of a fraud pattern: rings, per-firm, related-party, shell-clusters, or default "
                    + "for all (default: 10m each), e.g. rings=1h,default=20m. A pattern that overruns or fails is "
                    + "reported, keeps its previous results, and the others still run (exit code 4).")
    Map<String, String> budgets = new LinkedHashMap<>();

    /** Tests make a pattern fail through this; the command line never sets it. */
    PatternIsolation.Probe probe = PatternIsolation.Probe.NONE;

    /** Tests shorten how long an overrunning pattern is waited for. */
    Duration grace = PatternIsolation.DEFAULT_GRACE;

    public PatternIsolation isolation() {
        try {
            return PatternIsolation.parse(budgets, grace, probe);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--pattern-budget: " + e.getMessage());
        }
    }
}
