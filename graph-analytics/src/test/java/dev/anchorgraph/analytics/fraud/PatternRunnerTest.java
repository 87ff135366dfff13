package dev.anchorgraph.analytics.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PatternRunnerTest {

    private final StringWriter report = new StringWriter();

    private PatternRunner runner(Map<String, String> budgets, Duration grace) {
        return new PatternRunner(
                PatternIsolation.parse(budgets, grace, PatternIsolation.Probe.NONE), new PrintWriter(report, true));
    }

    @Test
    void aDeadlineExpiresOnlyOnceItsBudgetHasRunOut() throws InterruptedException {
        var deadline = Deadline.after(Duration.ofMillis(200));
        assertThat(deadline.expired()).isFalse();
        deadline.check();
        Thread.sleep(250);
        assertThat(deadline.expired()).isTrue();
        assertThat(deadline.getAsBoolean()).isTrue();
        assertThatThrownBy(deadline::check)
                .isInstanceOf(Deadline.Exceeded.class)
                .hasMessage("time budget of 0.2s exceeded");
    }

    @Test
    void aUnitThatCompletesGivesItsResultAndNoFailure() {
        var runner = runner(Map.of(), Duration.ofSeconds(1));
        assertThat(runner.run(PatternUnit.RINGS, d -> 42)).contains(42);
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void aStackOverflowFailsItsUnitWithTheReasonAndTheNextUnitStillRuns() {
        var runner = runner(Map.of(), Duration.ofSeconds(1));
        assertThat(runner.run(PatternUnit.RINGS, d -> recurse(0))).isEmpty();
        assertThat(runner.run(PatternUnit.PER_FIRM, d -> "ran")).contains("ran");
        assertThat(runner.failures()).singleElement().satisfies(f -> {
            assertThat(f.pattern()).isEqualTo("rings");
            assertThat(f.flagPatterns()).containsExactly("circular_trading");
            assertThat(f.reason())
                    .startsWith("StackOverflowError at dev.anchorgraph.analytics.fraud.PatternRunnerTest.recurse");
        });
        assertThat(report.toString()).contains("Fraud pattern FAILED: rings (circular_trading): StackOverflowError");
    }

    @Test
    void anExceptionIsReportedByItsTypeAndTheFirstLineOfItsMessage() {
        var runner = runner(Map.of(), Duration.ofSeconds(1));
        runner.run(PatternUnit.SHELL_CLUSTERS, d -> {
            throw new IllegalStateException("injected\nsecond line");
        });
        assertThat(runner.failures().getFirst().warning())
                .startsWith("shell-clusters (shell_cluster): IllegalStateException: injected at ")
                .doesNotContain("second line");
    }

    @Test
    void aUnitThatStopsAtItsDeadlineFailsAsOverBudget() {
        var runner = runner(Map.of("related-party", "100ms"), Duration.ofSeconds(5));
        long t0 = System.nanoTime();
        runner.run(PatternUnit.RELATED_PARTY, d -> {
            while (true) {
                d.check();
                Thread.onSpinWait();
            }
        });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(runner.failures().getFirst().reason()).isEqualTo("time budget of 0.1s exceeded");
    }

    @Test
    void aUnitThatIgnoresItsDeadlineIsInterruptedAndAbandonedAtBudgetPlusGrace() throws InterruptedException {
        var runner = runner(Map.of("default", "100ms"), Duration.ofMillis(200));
        var interrupted = new CountDownLatch(1);
        long t0 = System.nanoTime();
        runner.run(PatternUnit.PER_FIRM, d -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.failures().getFirst().reason())
                .isEqualTo("time budget of 0.1s exceeded; abandoned after a further 0.2s");
    }

    @Test
    void outOfMemoryIsNotContainedBecauseItMayHaveStruckAnyThread() {
        var runner = runner(Map.of(), Duration.ofSeconds(1));
        assertThatThrownBy(() -> runner.run(PatternUnit.RINGS, d -> {
                    throw new OutOfMemoryError("injected");
                }))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aWriterOfAUnitPastItsDeadlineRefusesToWrite() throws InterruptedException {
        var deadline = Deadline.after(Duration.ofMillis(1));
        Thread.sleep(5);
        // no connection: the refusal comes before any session is opened
        var writer = new FlagWriter(null, LocalDate.of(2026, 6, 30), "fraud-test").within(deadline);
        assertThatThrownBy(() -> writer.flags(List.of())).isInstanceOf(Deadline.Exceeded.class);
    }

    @Test
    void budgetsAreGivenPerUnitWithADefaultForTheRest() {
        var isolation = PatternIsolation.parse(
                Map.of("rings", "1h", "default", "20m", "shell-clusters", "PT90S"),
                Duration.ofSeconds(1),
                PatternIsolation.Probe.NONE);
        assertThat(isolation.budget(PatternUnit.RINGS)).isEqualTo(Duration.ofHours(1));
        assertThat(isolation.budget(PatternUnit.SHELL_CLUSTERS)).isEqualTo(Duration.ofSeconds(90));
        assertThat(isolation.budget(PatternUnit.PER_FIRM)).isEqualTo(Duration.ofMinutes(20));
        assertThat(PatternIsolation.DEFAULTS.budget(PatternUnit.RELATED_PARTY)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void anUnknownPatternOrABadDurationIsRefusedByName() {
        assertThatThrownBy(
                        () -> PatternIsolation.parse(Map.of("ring", "1h"), Duration.ZERO, PatternIsolation.Probe.NONE))
                .hasMessage("unknown pattern 'ring': one of default, rings, per-firm, related-party, shell-clusters");
        assertThatThrownBy(() ->
                        PatternIsolation.parse(Map.of("rings", "soon"), Duration.ZERO, PatternIsolation.Probe.NONE))
                .hasMessageContaining("budget of 'rings': 'soon' is not a duration");
        assertThatThrownBy(
                        () -> PatternIsolation.parse(Map.of("rings", "0s"), Duration.ZERO, PatternIsolation.Probe.NONE))
                .hasMessageContaining("must be positive");
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
