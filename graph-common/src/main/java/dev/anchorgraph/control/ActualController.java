package dev.anchorgraph.control;

import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.List;
import java.util.Locale;

/**
 * The actual controller (实际控制人) of a firm: the party at the top of its control (docs/adr/0014), or why there is
 * none. With the firm's upward {@link EquityPenetration} and the {@link ControlRule} (majority 50 %, relative 30 %,
 * margin 10 points):
 *
 * <ol>
 *   <li>a top holder (where a chain of holdings ends) with a known cumulative stake above 50 % controls
 *       ({@code majority});
 *   <li>else the <em>control chain</em>: the direct holder that controls the firm by the rule on direct stakes, the
 *       holder that controls that one, … up to a party with no holders, a loop or the depth bound: that party
 *       controls ({@code control_chain}), with its cumulative stake;
 *   <li>else unknown stakes (on the tops, or where the chain stopped) or a truncated penetration:
 *       {@code unknown_stakes}, never a guess;
 *   <li>else a top holder with at least 30 % cumulatively that leads the next by 10 points controls
 *       ({@code relative}); within 10 points it is a {@code tie}; below 30 % {@code no_controller}.
 * </ol>
 *
 * Cost: one penetration (O(paths × depth)) and a chain of at most {@code maxDepth} links, each O(holders).
 */
public final class ActualController {

    public enum Status {
        CONTROLLED,
        TIE,
        NO_CONTROLLER,
        UNKNOWN_STAKES,
        NO_HOLDERS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Basis {
        MAJORITY,
        CONTROL_CHAIN,
        RELATIVE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param controller  null unless {@code CONTROLLED}
     * @param stake       the controller's known cumulative stake; for a tie or no controller, the largest top
     *                    holder's; null for {@code NO_HOLDERS}
     * @param chain       the control chain from the firm up (first = the firm), as far as it went
     * @param penetration the firm's upward penetration it rests on
     */
    public record Control(
            Party firm,
            Status status,
            Basis basis,
            Party controller,
            Double stake,
            List<Party> chain,
            EquityPenetration.Result penetration) {}

    private final EquityPenetration up;
    private final ControlRule rule;

    /** Depth 10, 10,000 paths, 50 % / 30 % / 10 points. */
    public ActualController(OwnershipGraph graph) {
        this(new EquityPenetration(graph, EquityPenetration.Direction.UP), 0.5, 0.30, 0.10);
    }

    /** @param up an upward penetration */
    public ActualController(EquityPenetration up, double majority, double relative, double margin) {
        this.up = up;
        this.rule = new ControlRule(majority, relative, margin);
    }

    /** The controller of the company with this USCC. */
    public Control of(String uscc) {
        var penetration = up.of(Kind.COMPANY, uscc);
        var firm = penetration.root();
        if (penetration.stakes().isEmpty()) {
            return new Control(firm, Status.NO_HOLDERS, null, null, null, List.of(firm), penetration);
        }
        var tops = penetration.tops().stream()
                .map(s -> new ControlRule.Share<>(s, s.party().id(), s.known(), s.unknown()))
                .toList();
        var cumulative = rule.decide(tops, penetration.truncated());
        if (cumulative.outcome() == ControlRule.Outcome.MAJORITY) {
            var top = cumulative.winner().holder();
            return controlled(penetration, Basis.MAJORITY, top.party(), top.known(), List.of(firm));
        }
        if (cumulative.outcome() == ControlRule.Outcome.TIE && cumulative.stake() > rule.majority()) {
            return new Control(firm, Status.TIE, null, null, cumulative.stake(), List.of(firm), penetration);
        }
        var chain = new ControlChain(up.graph(), rule, up.maxDepth())
                .from(up.graph().indexOf(Kind.COMPANY, uscc));
        if (chain.reachedTop()) {
            var top = chain.parties().getLast();
            var stake = penetration.stakes().stream()
                    .filter(s -> s.party().equals(top))
                    .map(EquityPenetration.Stake::known)
                    .findFirst()
                    .orElse(null); // beyond a truncated penetration's paths
            return controlled(penetration, Basis.CONTROL_CHAIN, top, stake, chain.parties());
        }
        if (cumulative.outcome() == ControlRule.Outcome.UNKNOWN || chain.stoppedOnUnknown()) {
            return new Control(
                    firm, Status.UNKNOWN_STAKES, null, null, cumulative.stake(), chain.parties(), penetration);
        }
        return switch (cumulative.outcome()) {
            case RELATIVE ->
                controlled(
                        penetration,
                        Basis.RELATIVE,
                        cumulative.winner().holder().party(),
                        cumulative.stake(),
                        chain.parties());
            case TIE -> new Control(firm, Status.TIE, null, null, cumulative.stake(), chain.parties(), penetration);
            default ->
                new Control(firm, Status.NO_CONTROLLER, null, null, cumulative.stake(), chain.parties(), penetration);
        };
    }

    private static Control controlled(
            EquityPenetration.Result penetration, Basis basis, Party top, Double stake, List<Party> chain) {
        return new Control(penetration.root(), Status.CONTROLLED, basis, top, stake, List.copyOf(chain), penetration);
    }
}
