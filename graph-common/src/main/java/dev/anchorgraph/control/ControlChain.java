package dev.anchorgraph.control;

import dev.anchorgraph.control.OwnershipGraph.Party;
import java.util.ArrayList;
import java.util.List;

/**
 * The control chain above a firm on direct stakes: the holder that controls it by the {@link ControlRule}, the holder
 * that controls that one, and so on, until a party with no holders (the top), a holder already on the chain (a loop:
 * the last party before it is the top), the depth bound (the top), or a party whose holders decide nothing (a tie,
 * unknown stakes, no holder large enough: the chain stops short of a top). A loop of {@code maxDepth} links at most.
 */
final class ControlChain {

    /** @param parties from the firm up; {@code reachedTop} when its last party is a top that controls the firm */
    record Chain(List<Party> parties, boolean reachedTop, boolean stoppedOnUnknown) {}

    private final OwnershipGraph graph;
    private final ControlRule rule;
    private final int maxDepth;

    ControlChain(OwnershipGraph graph, ControlRule rule, int maxDepth) {
        this.graph = graph;
        this.rule = rule;
        this.maxDepth = maxDepth;
    }

    Chain from(int firm) {
        var rows = graph.rows(true);
        var chain = new ArrayList<Integer>();
        chain.add(firm);
        int v = firm;
        while (true) {
            if (rows.degree(v) == 0 || chain.size() > maxDepth) {
                return chain(chain, chain.size() > 1, false);
            }
            var shares = new ArrayList<ControlRule.Share<Integer>>(rows.degree(v));
            for (int e = rows.start()[v]; e < rows.start()[v + 1]; e++) {
                double s = rows.stake()[e];
                int h = rows.target()[e];
                shares.add(new ControlRule.Share<>(h, graph.party(h).id(), Double.isNaN(s) ? 0 : s, Double.isNaN(s)));
            }
            var d = rule.decide(shares, false);
            if (d.winner() == null) {
                return chain(chain, false, d.outcome() == ControlRule.Outcome.UNKNOWN);
            }
            int next = d.winner().holder();
            if (chain.contains(next)) {
                return chain(chain, chain.size() > 1, false);
            }
            chain.add(next);
            v = next;
        }
    }

    private Chain chain(List<Integer> chain, boolean reachedTop, boolean unknown) {
        return new Chain(chain.stream().map(graph::party).toList(), reachedTop, unknown);
    }
}
