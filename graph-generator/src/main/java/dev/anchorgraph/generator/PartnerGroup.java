package dev.anchorgraph.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** Firms that can be chosen as trade partners, drawn in proportion to their pull: big firms become hubs. */
record PartnerGroup(int[] members, double[] cumulativePull) {

    static PartnerGroup of(List<Integer> members, double[] pull) {
        var ids = members.stream().mapToInt(Integer::intValue).toArray();
        var weights = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            weights[i] = pull[ids[i]];
        }
        return new PartnerGroup(ids, Draw.cumulative(weights));
    }

    boolean isEmpty() {
        return members.length == 0;
    }

    int draw(RandomGenerator r) {
        return members[Draw.weighted(r, cumulativePull)];
    }
}
