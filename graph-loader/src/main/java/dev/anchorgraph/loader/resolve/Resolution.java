package dev.anchorgraph.loader.resolve;

import java.util.List;
import java.util.Objects;

/**
 * What a party name resolved to.
 *
 * @param outcome       see {@link Outcome}
 * @param uscc          the firm's code when {@link Outcome#RESOLVED}, otherwise {@code null}
 * @param score         the best candidate's score in [0, 1], 0 when there is none
 * @param runnerUpScore the second-best candidate's (another USCC) score, 0 when there is none
 * @param candidates    the best candidates, best first, ties by USCC; at most 5
 */
public record Resolution(Outcome outcome, String uscc, double score, double runnerUpScore, List<Candidate> candidates) {

    public enum Outcome {
        /** One firm scores at least the threshold and leads the next by at least the margin. */
        RESOLVED,
        /** Two or more firms score at least the threshold, too close to choose between. */
        AMBIGUOUS,
        /** No firm is a confident match. */
        UNRESOLVED
    }

    /** A firm considered for a party name, with the name of it that scored best. */
    public record Candidate(String uscc, String name, double score) {}

    public Resolution {
        Objects.requireNonNull(outcome, "outcome");
        candidates = List.copyOf(candidates);
        if ((outcome == Outcome.RESOLVED) != (uscc != null)) {
            throw new IllegalArgumentException("A USCC comes with RESOLVED and only with it");
        }
    }

    static Resolution unresolved() {
        return new Resolution(Outcome.UNRESOLVED, null, 0, 0, List.of());
    }
}
