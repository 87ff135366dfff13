package dev.anchorgraph.analytics.fraud;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs each fraud-pattern unit on a thread of its own under its budget, and keeps the failures. A unit fails when it
 * throws anything, a {@link StackOverflowError} included (a deep search overflows only its own thread's stack and
 * leaves nothing shared broken), or when it overruns: it should stop by itself at its {@link Deadline}; one that
 * does not is interrupted and abandoned at budget + grace. Other {@link VirtualMachineError}s (out of memory, an
 * internal error) are rethrown: they may have struck any thread, so no result of this process can be trusted.
 */
final class PatternRunner {

    private final PatternIsolation isolation;
    private final PrintWriter out;
    private final List<PatternFailure> failures = new ArrayList<>();
    private final Set<PatternUnit> failed = EnumSet.noneOf(PatternUnit.class);

    PatternRunner(PatternIsolation isolation, PrintWriter out) {
        this.isolation = isolation;
        this.out = out;
    }

    /** @return the unit's result; empty when it failed (it is then among {@link #failures()}) */
    <T> Optional<T> run(PatternUnit unit, Function<Deadline, T> work) {
        var deadline = Deadline.after(isolation.budget(unit));
        var task = new FutureTask<T>(() -> {
            isolation.probe().entering(unit, deadline);
            return work.apply(deadline);
        });
        // a daemon: an abandoned unit that never stops must not keep the process alive
        var worker = Thread.ofPlatform().name("fraud-" + unit.id()).daemon().start(task);
        try {
            return Optional.of(
                    task.get(deadline.budget().plus(isolation.grace()).toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            worker.interrupt();
            return fail(
                    unit,
                    new Deadline.Exceeded(deadline.budget()).getMessage() + "; abandoned after a further "
                            + PatternIsolation.format(isolation.grace()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof VirtualMachineError fatal && !(fatal instanceof StackOverflowError)) {
                throw fatal;
            }
            return fail(unit, e.getCause() instanceof Deadline.Exceeded x ? x.getMessage() : describe(e.getCause()));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fraud pattern " + unit.id() + " ran", e);
        }
    }

    List<PatternFailure> failures() {
        return List.copyOf(failures);
    }

    /** The flag patterns of the failed units: their earlier flags stay. */
    List<String> failedFlagPatterns() {
        return failed.stream().flatMap(u -> u.flagPatterns().stream()).toList();
    }

    /** {@code FraudRing} and/or {@code ShellCluster}, when their unit failed: the earlier ones stay. */
    List<String> failedLabels() {
        return failed.stream().map(PatternUnit::label).filter(Objects::nonNull).toList();
    }

    private <T> Optional<T> fail(PatternUnit unit, String reason) {
        var failure = new PatternFailure(unit.id(), unit.flagPatterns(), reason);
        failures.add(failure);
        failed.add(unit);
        out.printf(
                Locale.ROOT,
                "Fraud pattern FAILED: %s; its previous results are kept, the other patterns run on.%n",
                failure.warning());
        out.flush();
        return Optional.empty();
    }

    /** One line: the error, its message's first line, and where it was thrown (the frame a developer looks at). */
    static String describe(Throwable t) {
        var text = new StringBuilder(t.getClass().getSimpleName());
        if (t.getMessage() != null && !t.getMessage().isBlank()) {
            var message = t.getMessage().strip().lines().findFirst().orElse("");
            text.append(": ").append(message.length() > 200 ? message.substring(0, 200) + "…" : message);
        }
        var trace = t.getStackTrace();
        if (trace.length > 0) {
            text.append(" at ").append(trace[0]);
        }
        return text.toString();
    }
}
