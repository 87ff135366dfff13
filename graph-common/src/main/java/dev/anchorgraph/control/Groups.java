package dev.anchorgraph.control;

import dev.anchorgraph.control.OwnershipGraph.Kind;
import dev.anchorgraph.control.OwnershipGraph.Party;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups (集团): the firms with the same actual controller ({@code controlled}), with the controller itself when it
 * is a company (the group's parent); at least two member firms, so a controller of one firm makes no group. The id
 * is {@code G} + the first 16 hexadecimal digits of SHA-256 of the controller's {@code <kind>:<key>}: stable across
 * runs and loads while the controller's key is, and no id or name can be read off it (docs/adr/0014). Cost: O(firms
 * log firms). Groups and members are ordered by id.
 */
public final class Groups {

    /** @param members company parties, ordered by USCC */
    public record Group(String id, Party controller, List<Party> members) {
        public int size() {
            return members.size();
        }
    }

    private final List<Group> groups;
    private final Map<String, Group> byFirm = new HashMap<>();

    /** The groups of these firms' controllers ({@code controlled} ones; others are left out). */
    public static Groups of(Collection<ActualController.Control> controls) {
        var controllerOf = new HashMap<Party, Party>();
        for (var c : controls) {
            if (c.status() == ActualController.Status.CONTROLLED) {
                controllerOf.put(c.firm(), c.controller());
            }
        }
        return new Groups(controllerOf);
    }

    /** @param controllerOf each controlled firm's actual controller */
    public Groups(Map<Party, Party> controllerOf) {
        var members = new TreeMap<String, TreeSet<Party>>();
        var controllers = new HashMap<String, Party>();
        var byKey = Comparator.comparing(Party::key);
        controllerOf.forEach((firm, controller) -> {
            var id = id(controller);
            controllers.putIfAbsent(id, controller);
            var set = members.computeIfAbsent(id, k -> new TreeSet<>(byKey));
            set.add(firm);
            if (controller.kind() == Kind.COMPANY) {
                set.add(controller);
            }
        });
        groups = members.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .map(e -> new Group(e.getKey(), controllers.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        // a parent that is itself controlled (only around a loop) is listed in the group that controls it
        for (var g : groups) {
            g.members().stream().filter(m -> !m.equals(g.controller())).forEach(m -> byFirm.putIfAbsent(m.key(), g));
        }
        for (var g : groups) {
            if (g.controller().kind() == Kind.COMPANY) {
                byFirm.putIfAbsent(g.controller().key(), g);
            }
        }
    }

    public List<Group> groups() {
        return groups;
    }

    /** The group of the company with this USCC, if it is in one. */
    public Optional<Group> of(String uscc) {
        return Optional.ofNullable(byFirm.get(uscc));
    }

    /** The group id of a controller: {@code G} + 16 hex digits of SHA-256({@code <kind>:<key>}). */
    public static String id(Party controller) {
        try {
            var hash =
                    MessageDigest.getInstance("SHA-256").digest(controller.id().getBytes(StandardCharsets.UTF_8));
            return "G" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
