package dev.anchorgraph.service.path;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The shortest connections found between two firms, shortest first. */
record Paths(Firm from, Firm to, int maxHops, List<Connection> paths) {

    record Firm(String uscc, String name) {}

    /** @param nodes the firms and people along the path, from {@code from} to {@code to} */
    record Connection(int length, List<PathNode> nodes, List<Hop> hops) {}

    /**
     * @param kind         {@code company}, {@code person} (by pseudonymous id and name only) or {@code organisation}
     *                     (a holder without a USCC, such as a foreign parent: its key, name and jurisdiction)
     * @param jurisdiction for an organisation, where it is registered
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PathNode(String id, String kind, String label, String jurisdiction) {}

    /**
     * One step of a path, {@code from} → {@code to} in path order.
     *
     * @param direction {@code forward} when the relationship points along the path, {@code backward} when against
     *                  it (B sells to A on a path from A to B)
     * @param text      the relationship in words, in its own direction
     */
    record Hop(String from, String to, String type, String direction, String text) {}
}
