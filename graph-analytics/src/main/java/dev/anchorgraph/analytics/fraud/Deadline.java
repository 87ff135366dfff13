package dev.anchorgraph.analytics.fraud;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * When a fraud pattern's time budget runs out. Patterns stop cooperatively: they call {@link #check()} between
 * batches (and a long search asks {@link #expired()} every so many steps), so they stop at a point where what they
 * wrote is whole. It is a {@link BooleanSupplier} so that a search can take it without knowing this class.
 */
final class Deadline implements BooleanSupplier {

    /** Thrown by {@link #check()}: the pattern ran out of time. */
    static final class Exceeded extends RuntimeException {
        Exceeded(Duration budget) {
            super("time budget of " + PatternIsolation.format(budget) + " exceeded", null, false, false);
        }
    }

    private final Duration budget;
    private final long end;

    private Deadline(Duration budget, long end) {
        this.budget = budget;
        this.end = end;
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    Duration budget() {
        return budget;
    }

    boolean expired() {
        return System.nanoTime() - end >= 0;
    }

    @Override
    public boolean getAsBoolean() {
        return expired();
    }

    /** @throws Exceeded when the budget has run out */
    void check() {
        if (expired()) {
            throw new Exceeded(budget);
        }
    }
}
