package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes {@code outcomes.csv}: for every firm but the anchors, whether it defaulted in the twelve months after the
 * as-of date, drawn from its hidden {@link Health} alone (about 7 % do). It is what a backtest compares the scores
 * with ({@code graph-loader backtest --outcomes}); the health itself is never written, so a model can only predict
 * the outcome through the data the health has shaped.
 *
 * <p>The dependent tier-1 suppliers of an {@linkplain DistressedAnchors anchor in distress} default at
 * {@value DistressedAnchors#DEFAULT_RATIO}× the expected rate of the other tier-1 suppliers: their intercept is
 * raised until their expected default share is that much, so the contagion shows in the outcomes but not in their own
 * data.
 *
 * <p>{@code observed_on} is the day of the default for a defaulter and the end of the twelve-month observation window
 * for the others.
 */
final class OutcomeWriter {

    static final String FILE = "outcomes.csv";
    static final String[] HEADER = {"uscc", "defaulted", "observed_on"};
    static final int WINDOW_MONTHS = 12;
    static final String HEALTH_FILE = "hidden-health.csv";
    static final String[] HEALTH_HEADER = {"uscc", "health", "pd"};

    private final Economy economy;
    private final RandomGenerator r;

    OutcomeWriter(Economy economy, RandomGenerator r) {
        this.economy = economy;
        this.r = r;
    }

    FileSummary write(Path dir) throws IOException {
        return write(dir, false).getFirst();
    }

    /**
     * @param health also write {@value #HEALTH_FILE}: each firm's hidden health and the default chance its outcome
     *               was drawn with, the oracle a model's AUC can be compared with (no model can know more). The
     *               outcomes are the same with or without it.
     * @return the outcomes' summary, then the health file's when written
     */
    List<FileSummary> write(Path dir, boolean health) throws IOException {
        var asOf = economy.window().asOf();
        var end = asOf.plusMonths(WINDOW_MONTHS);
        int days = (int) (end.toEpochDay() - asOf.toEpochDay());
        double intercept = intercept();
        double dependentIntercept = dependentIntercept(intercept);
        var distressed = economy.distressed();
        try (var out = CsvOut.open(dir, FILE, HEADER);
                var hidden = health ? CsvOut.open(dir, HEALTH_FILE, HEALTH_HEADER) : null) {
            for (var c : economy.companies()) {
                if (c.role() == Role.ANCHOR) {
                    continue;
                }
                double a = distressed.dependent(c.index()) ? dependentIntercept : intercept;
                double chance = Health.defaultChance(c.health(), a);
                boolean defaulted = Draw.chance(r, chance);
                var observed = defaulted ? asOf.plusDays(1 + r.nextInt(days)) : end;
                out.row(c.uscc(), defaulted ? "1" : "0", observed.toString());
                if (hidden != null) {
                    hidden.row(
                            c.uscc(),
                            String.format(Locale.ROOT, "%.6f", c.health()),
                            String.format(Locale.ROOT, "%.8f", chance));
                }
            }
            return hidden == null ? List.of(out.summary()) : List.of(out.summary(), hidden.summary());
        }
    }

    /** The intercept of the default chance of the firms but the dependents of anchors in distress. */
    double intercept() {
        return Health.defaultIntercept(economy.companies().stream()
                .filter(c -> c.role() != Role.ANCHOR)
                .mapToDouble(Company::health)
                .toArray());
    }

    /** The intercept for the dependents of anchors in distress, the given one when there are none. */
    double dependentIntercept(double intercept) {
        var distressed = economy.distressed();
        var dependents = economy.companies().stream()
                .filter(c -> distressed.dependent(c.index()))
                .mapToDouble(Company::health)
                .toArray();
        if (dependents.length == 0) {
            return intercept;
        }
        var others = economy.companies().stream()
                .filter(c -> c.role() == Role.SUPPLIER_1 && !distressed.dependent(c.index()))
                .mapToDouble(c -> Health.defaultChance(c.health(), intercept))
                .average()
                .orElse(Health.DEFAULT_RATE);
        return Health.defaultIntercept(dependents, Math.min(0.9, DistressedAnchors.DEFAULT_RATIO * others));
    }
}
