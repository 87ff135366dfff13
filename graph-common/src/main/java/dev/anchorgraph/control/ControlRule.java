package dev.anchorgraph.control;

import java.util.Comparator;
import java.util.List;

/**
 * Who of a set of holders controls, given their stakes (docs/adr/0014): a known stake above {@code majority}; else,
 * when every stake is known, the largest with at least {@code relative} that leads the next by at least
 * {@code margin}. Used on cumulative stakes (the actual controller) and on direct stakes (each link of a control
 * chain). Stakes within {@link #EPSILON} are equal.
 */
record ControlRule(double majority, double relative, double margin) {

    static final double EPSILON = 1e-9;
    static final ControlRule DEFAULT = new ControlRule(0.5, 0.30, 0.10);

    enum Outcome {
        MAJORITY,
        RELATIVE,
        TIE,
        UNKNOWN,
        NONE
    }

    /** A holder's stake: {@code known} part, and whether some of it is unknown. */
    record Share<T>(T holder, String id, double known, boolean unknown) {}

    /** The decision and, for {@code MAJORITY} and {@code RELATIVE}, the holder; {@code stake} the largest known. */
    record Decision<T>(Outcome outcome, Share<T> winner, double stake) {}

    /** @param incomplete more holders or paths may exist than given (a truncated penetration) */
    <T> Decision<T> decide(List<Share<T>> shares, boolean incomplete) {
        if (shares.isEmpty()) {
            return new Decision<>(Outcome.NONE, null, 0);
        }
        var sorted = shares.stream()
                .sorted(Comparator.comparingDouble((Share<T> s) -> s.known())
                        .reversed()
                        .thenComparing(Share::id))
                .toList();
        var first = sorted.getFirst();
        double second = sorted.size() > 1 ? sorted.get(1).known() : 0;
        if (first.known() > majority + EPSILON) {
            return first.known() - second <= EPSILON
                    ? new Decision<>(Outcome.TIE, null, first.known())
                    : new Decision<>(Outcome.MAJORITY, first, first.known());
        }
        if (incomplete || shares.stream().anyMatch(Share::unknown)) {
            return new Decision<>(Outcome.UNKNOWN, null, first.known());
        }
        if (first.known() < relative - EPSILON) {
            return new Decision<>(Outcome.NONE, null, first.known());
        }
        return first.known() - second >= margin - EPSILON
                ? new Decision<>(Outcome.RELATIVE, first, first.known())
                : new Decision<>(Outcome.TIE, null, first.known());
    }
}
