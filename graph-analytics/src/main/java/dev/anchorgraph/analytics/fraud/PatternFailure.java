package dev.anchorgraph.analytics.fraud;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * A fraud-pattern unit that failed or overran in a run; its flags (and rings or clusters) of earlier runs were kept.
 *
 * @param pattern      the unit, as named in {@code --pattern-budget}
 * @param flagPatterns the {@code FraudFlag.pattern}s it writes
 */
public record PatternFailure(String pattern, List<String> flagPatterns, String reason) {

    /** e.g. {@code rings (circular_trading): StackOverflowError at …} */
    public String warning() {
        return pattern + " (" + String.join(", ", flagPatterns) + "): " + reason;
    }

    /** The console report's account of the failures, after {@code headline}; nothing when there are none. */
    public static void print(String headline, List<PatternFailure> failures, PrintWriter out) {
        if (!failures.isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "%s (exit code 4): %d fraud pattern(s) failed, their flags are those of earlier runs:%n",
                    headline,
                    failures.size());
            failures.forEach(f -> out.println("  " + f.warning()));
        }
    }
}
