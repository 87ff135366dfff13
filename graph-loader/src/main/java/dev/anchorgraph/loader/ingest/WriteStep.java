package dev.anchorgraph.loader.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Write}, meaning what its Cypher says. Variables, labels, types and property names are
 * identifiers fixed in code and checked here, since they become Cypher text; values only ever come from the row
 * ({@code field}: a name, or a dotted path into a map of the row such as {@code props.industryCode}).
 */
public sealed interface WriteStep {

    /** {@code MATCH (var:label {key: row.field})}: in a row's main steps it must find the node. */
    record Match(String var, String label, String key, String field) implements WriteStep {
        public Match {
            names(var, label, key);
            fields(field);
        }
    }

    /** {@code MERGE (var:label {key: row.field}) ON CREATE SET var.p = row.f, …}. */
    record Merge(String var, String label, String key, String field, List<Prop> onCreate) implements WriteStep {
        public Merge {
            names(var, label, key);
            fields(field);
            onCreate = List.copyOf(onCreate);
        }
    }

    /** {@code SET var.p = row.f, …}: a {@code null} removes the property. */
    record SetProps(String var, List<Prop> props) implements WriteStep {
        public SetProps {
            names(var);
            props = List.copyOf(props);
        }
    }

    /** {@code SET var += row.field}: the map's entries, a {@code null} removing its property. */
    record SetAll(String var, String field) implements WriteStep {
        public SetAll {
            names(var);
            fields(field);
        }
    }

    /** {@code SET var = row.field}: the map's entries become all the properties. */
    record Replace(String var, String field) implements WriteStep {
        public Replace {
            names(var);
            fields(field);
        }
    }

    /** {@code SET var:label}. */
    record Label(String var, String label) implements WriteStep {
        public Label {
            names(var, label);
        }
    }

    /** {@code MERGE (from)-[var:type {k: row.f, …}]->(to)}; {@code var} may be {@code null} (not set later). */
    record Relate(String var, String from, String type, List<Prop> keys, String to) implements WriteStep {
        public Relate {
            if (var != null) {
                names(var);
            }
            names(from, type, to);
            keys = List.copyOf(keys);
        }
    }

    /**
     * {@code from} has one {@code type} relationship, to the {@code label} node whose {@code key} is
     * {@code row.field}, if there is one: any other {@code type} relationship to a {@code label} node is deleted.
     */
    record LinkOnly(String from, String type, String label, String key, String field) implements WriteStep {
        public LinkOnly {
            names(from, type, label, key);
            fields(field);
        }
    }

    /** {@code SET var.property} to the element-wise sum of its list (a missing one as zeros) and {@code row.field}. */
    record AddCounts(String var, String property, String field) implements WriteStep {
        public AddCounts {
            names(var, property);
            fields(field);
        }
    }

    /** Binds {@code var} by the one alternative whose field the row has (not {@code null}); exactly one must. */
    record OneOf(String var, List<Alternative> alternatives) implements WriteStep {
        public OneOf {
            names(var);
            alternatives = List.copyOf(alternatives);
        }
    }

    /** Steps that bind {@code var} (of the enclosing {@link OneOf}) for rows that have {@code field}. */
    record Alternative(String field, List<WriteStep> steps) {
        public Alternative {
            fields(field);
            steps = List.copyOf(steps);
        }
    }

    /**
     * Steps for the rows that have {@code field}, as far as their matches find nodes; the row goes on either way, and
     * what the steps bind stays inside them.
     */
    record IfPresent(String field, List<WriteStep> steps) implements WriteStep {
        public IfPresent {
            fields(field);
            steps = List.copyOf(steps);
        }
    }

    /** {@code property = row.field}. */
    record Prop(String property, String field) {
        public Prop {
            names(property);
            fields(field);
        }
    }

    /** Plain identifiers: nothing that could end a Cypher name or start a clause. */
    private static void names(String... names) {
        for (var name : names) {
            if (!Objects.requireNonNull(name).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("Not a name: '" + name + "'");
            }
        }
    }

    /** A field of the row: a name, or a dotted path of names into its maps. */
    private static void fields(String... fields) {
        for (var field : fields) {
            names(Objects.requireNonNull(field).split("\\.", -1));
        }
    }
}
