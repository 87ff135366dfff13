package dev.anchorgraph.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The firms of each anchor's chain by role, and of all chains by role, ready for drawing partners. */
final class ChainGroups {

    private final Map<Integer, Map<Role, PartnerGroup>> byAnchor = new TreeMap<>();
    private final Map<Role, PartnerGroup> global = new EnumMap<>(Role.class);
    private final PartnerGroup none = new PartnerGroup(new int[0], new double[0]);

    ChainGroups(List<Company> companies, double[] pull) {
        var members = new TreeMap<Integer, Map<Role, List<Integer>>>();
        var all = new EnumMap<Role, List<Integer>>(Role.class);
        for (var c : companies) {
            if (c.anchor() >= 0) {
                members.computeIfAbsent(c.anchor(), a -> new EnumMap<>(Role.class))
                        .computeIfAbsent(c.role(), x -> new ArrayList<>())
                        .add(c.index());
            }
            all.computeIfAbsent(c.role(), x -> new ArrayList<>()).add(c.index());
        }
        members.forEach((anchor, roles) ->
                roles.forEach((role, ids) -> byAnchor.computeIfAbsent(anchor, a -> new EnumMap<>(Role.class))
                        .put(role, PartnerGroup.of(ids, pull))));
        all.forEach((role, ids) -> global.put(role, PartnerGroup.of(ids, pull)));
    }

    PartnerGroup of(int anchor, Role role) {
        return byAnchor.getOrDefault(anchor, Map.of()).getOrDefault(role, none);
    }

    PartnerGroup global(Role role) {
        return global.getOrDefault(role, none);
    }
}
