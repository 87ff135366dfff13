package dev.anchorgraph.loader.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The graph a bulk load builds in memory before Neo4j's import tool writes it to a store: nodes keyed by label and
 * key property, as the loader's Cypher {@code MERGE}s them, with the same meaning for {@code SET} (a {@code null}
 * value removes the property) and {@code MERGE} of relationships (one per start, type, key properties and end).
 *
 * <p>Every row type states what writing one row does once, as a {@code Write}, which a transactional load runs as
 * Cypher and a bulk one applies to this graph; a test loads the same files both ways and compares the graphs. Relationships that need no merging (the aggregated trade, one per pair) are not held: they are
 * {@linkplain #stream streamed} to the import file when it is written.
 *
 * <p>Cost: a node is about 200–300 bytes plus its properties; merging a relationship scans its start node's
 * outgoing relationships, which stay few in this model (shareholdings, offices, cases, one industry).
 */
public final class ImportGraph {

    private final Map<String, Map<String, Node>> nodes = new LinkedHashMap<>();
    private final Map<String, List<Supplier<Iterator<Relationship>>>> streams = new LinkedHashMap<>();
    private long nextId;

    /** What {@code SET} works on: a node or a relationship. */
    public sealed interface Entity permits Node, Relationship {

        Map<String, Object> properties();

        /** {@code SET e.key = value}: {@code null} removes the property. */
        void set(String key, Object value);

        /** {@code SET e += values}. */
        default void setAll(Map<String, ?> values) {
            values.forEach(this::set);
        }

        /** {@code SET e = values}: the properties are these, none other. */
        default void replaceAll(Map<String, ?> values) {
            properties().clear();
            setAll(values);
        }
    }

    /** A node: the label it was merged by (its kind), further labels, and properties. */
    public static final class Node implements Entity {
        private final long id;
        private final String kind;
        private final List<String> labels = new ArrayList<>(1);
        private final Map<String, Object> properties = new HashMap<>(4);
        private List<Relationship> outgoing;

        private Node(long id, String kind) {
            this.id = id;
            this.kind = kind;
            labels.add(kind);
        }

        public long id() {
            return id;
        }

        public String kind() {
            return kind;
        }

        public List<String> labels() {
            return labels;
        }

        @Override
        public Map<String, Object> properties() {
            return properties;
        }

        public Object get(String key) {
            return properties.get(key);
        }

        @Override
        public void set(String key, Object value) {
            put(properties, key, value);
        }

        /** {@code SET n:Label}. */
        public void addLabel(String label) {
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }

        /** {@code MATCH (n)-[r:type]->(m) WHERE which(m) DELETE r}. */
        public void deleteOutgoing(String type, Predicate<Node> which) {
            if (outgoing != null) {
                outgoing.removeIf(r -> r.type.equals(type) && which.test(r.end));
            }
        }

        List<Relationship> outgoing() {
            return outgoing == null ? List.of() : outgoing;
        }
    }

    /** A relationship with its properties. */
    public static final class Relationship implements Entity {
        private final Node start;
        private final String type;
        private final Node end;
        private final Map<String, Object> properties = new HashMap<>(4);

        /** A relationship that is only streamed to the import file: {@code properties} without its nulls. */
        public Relationship(Node start, String type, Node end, Map<String, ?> properties) {
            this.start = Objects.requireNonNull(start);
            this.type = type;
            this.end = Objects.requireNonNull(end);
            properties.forEach((k, v) -> put(this.properties, k, v));
        }

        public Node start() {
            return start;
        }

        public String type() {
            return type;
        }

        public Node end() {
            return end;
        }

        @Override
        public Map<String, Object> properties() {
            return properties;
        }

        @Override
        public void set(String key, Object value) {
            put(properties, key, value);
        }
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }
    }

    /** {@code MERGE (n:kind {keyProperty: key})}. */
    public Node merge(String kind, String keyProperty, String key) {
        Objects.requireNonNull(key, () -> kind + "." + keyProperty + " must not be null");
        var ofKind = nodes.computeIfAbsent(kind, k -> new HashMap<>());
        var node = ofKind.get(key);
        if (node == null) {
            node = new Node(nextId++, kind);
            node.set(keyProperty, key);
            ofKind.put(key, node);
        }
        return node;
    }

    /** {@code OPTIONAL MATCH (n:kind {key…: key})}: the node, or {@code null}. */
    public Node find(String kind, String key) {
        var ofKind = nodes.get(kind);
        return ofKind == null || key == null ? null : ofKind.get(key);
    }

    /** {@code MATCH (n:kind {key…: key})} that must find it, as the loader's batches must write every row. */
    public Node match(String kind, String key) {
        var node = find(kind, key);
        if (node == null) {
            throw new IllegalStateException("No " + kind + " " + key + " in the graph being built");
        }
        return node;
    }

    /** {@code MERGE (start)-[r:type]->(end)}. */
    public Relationship merge(Node start, String type, Node end) {
        return merge(start, type, end, Map.of());
    }

    /** {@code MERGE (start)-[r:type {keys}]->(end)}. */
    public Relationship merge(Node start, String type, Node end, Map<String, ?> keys) {
        for (var r : start.outgoing()) {
            if (r.end == end
                    && r.type.equals(type)
                    && keys.entrySet().stream().allMatch(e -> e.getValue().equals(r.properties.get(e.getKey())))) {
                return r;
            }
        }
        var r = new Relationship(start, type, end, keys);
        if (start.outgoing == null) {
            start.outgoing = new ArrayList<>(2);
        }
        start.outgoing.add(r);
        return r;
    }

    /** Relationships of {@code type} made on demand when the import file is written (each time it is read). */
    public void stream(String type, Supplier<Iterator<Relationship>> relationships) {
        streams.computeIfAbsent(type, t -> new ArrayList<>()).add(relationships);
    }

    /** Keys of the nodes of a kind (a copy; a HashSet, which looks up far faster than {@code Set.copyOf}'s). */
    public Set<String> keys(String kind) {
        return new HashSet<>(nodes.getOrDefault(kind, Map.of()).keySet());
    }

    /** The kinds of node, in the order they were first merged. */
    public Set<String> kinds() {
        return nodes.keySet();
    }

    public Collection<Node> nodes(String kind) {
        return nodes.getOrDefault(kind, Map.of()).values();
    }

    public long nodeCount() {
        return nextId;
    }

    /** Every relationship, held and streamed, in no particular order (streams are read anew on each call). */
    public Iterator<Relationship> relationships() {
        var sources = new ArrayList<Iterator<Relationship>>();
        for (var ofKind : nodes.values()) {
            sources.add(
                    ofKind.values().stream().flatMap(n -> n.outgoing().stream()).iterator());
        }
        streams.values().forEach(list -> list.forEach(s -> sources.add(s.get())));
        return sources.stream()
                .flatMap(it -> StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false))
                .iterator();
    }
}
