package dev.anchorgraph.analytics.fraud;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the fraud patterns are kept apart (docs/risk-model.md, "Failure behaviour and budgets"): each
 * {@link PatternUnit} has a time budget, {@link #DEFAULT_BUDGET} unless overridden; a unit that fails or overruns
 * is reported and the others still run. {@code grace} is how long past its budget a unit that does not stop by
 * itself is waited for before it is abandoned.
 */
public final class PatternIsolation {

    /** Generous for a million firms: the whole fraud step took 195 s there (docs/benchmarks.md). */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(10);

    static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);
    public static final PatternIsolation DEFAULTS =
            new PatternIsolation(Map.of(), DEFAULT_BUDGET, DEFAULT_GRACE, Probe.NONE);

    /** Entered on a unit's own thread before it starts; tests make a unit fail through it. */
    @FunctionalInterface
    interface Probe {
        Probe NONE = (unit, deadline) -> {};

        void entering(PatternUnit unit, Deadline deadline);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final Map<PatternUnit, Duration> budgets;
    private final Duration fallback;
    private final Duration grace;
    private final Probe probe;

    PatternIsolation(Map<PatternUnit, Duration> budgets, Duration fallback, Duration grace, Probe probe) {
        this.budgets = budgets.isEmpty() ? Map.of() : new EnumMap<>(budgets);
        this.fallback = fallback;
        this.grace = grace;
        this.probe = probe;
    }

    /**
     * @param budgets {@code unit=duration} entries, e.g. {@code rings=1h}, {@code default=20m}; durations as
     *                {@code 90s}, {@code 15m}, {@code 2h}, {@code 500ms} or ISO-8601 ({@code PT1H30M})
     * @throws IllegalArgumentException naming the entry that is wrong
     */
    static PatternIsolation parse(Map<String, String> budgets, Duration grace, Probe probe) {
        var fallback = DEFAULT_BUDGET;
        var byUnit = new EnumMap<PatternUnit, Duration>(PatternUnit.class);
        for (var e : budgets.entrySet()) {
            var d = duration(e.getKey(), e.getValue());
            if (e.getKey().equals("default")) {
                fallback = d;
            } else {
                byUnit.put(PatternUnit.of(e.getKey()), d);
            }
        }
        return new PatternIsolation(byUnit, fallback, grace, probe);
    }

    Duration budget(PatternUnit unit) {
        return budgets.getOrDefault(unit, fallback);
    }

    Duration grace() {
        return grace;
    }

    Probe probe() {
        return probe;
    }

    private static Duration duration(String unit, String text) {
        var m = DURATION.matcher(text.trim());
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        } else {
            try {
                d = Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "budget of '" + unit + "': '" + text + "' is not a duration like 90s, 15m, 2h");
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("budget of '" + unit + "' must be positive, not " + text);
        }
        return d;
    }

    /** {@code 10m}, {@code 1m30s}, {@code 0.5s}: as the option takes them. */
    static String format(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
