package dev.anchorgraph.loader.resolve;

import dev.anchorgraph.loader.resolve.Resolution.Candidate;
import dev.anchorgraph.loader.resolve.Resolution.Outcome;
import java.util.List;

/** The threshold-and-margin rule that turns ranked candidates into a {@link Resolution}; see {@link CompanyNameIndex}. */
final class AcceptanceRule {

    static final double THRESHOLD = 0.80;
    static final double MARGIN = 0.10;
    /** Scores are rounded to 4 decimals; this keeps a margin of exactly 0.10 from failing on 0.0999999…. */
    private static final double EPSILON = 1e-9;

    private AcceptanceRule() {}

    /** Decides on candidates ranked best first (ties by USCC), one per USCC. */
    static Resolution decide(List<Candidate> ranked, int reported) {
        if (ranked.isEmpty()) {
            return Resolution.unresolved();
        }
        var best = ranked.getFirst();
        double runnerUp = ranked.size() > 1 ? ranked.get(1).score() : 0;
        var shown = ranked.subList(0, Math.min(reported, ranked.size()));
        if (best.score() >= THRESHOLD - EPSILON && best.score() - runnerUp >= MARGIN - EPSILON) {
            return new Resolution(Outcome.RESOLVED, best.uscc(), best.score(), runnerUp, shown);
        }
        var outcome = runnerUp >= THRESHOLD - EPSILON ? Outcome.AMBIGUOUS : Outcome.UNRESOLVED;
        return new Resolution(outcome, null, best.score(), runnerUp, shown);
    }
}
