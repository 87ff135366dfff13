package dev.anchorgraph.loader.ingest;

import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.graph.ImportGraph.Entity;
import dev.anchorgraph.loader.graph.ImportGraph.Node;
import dev.anchorgraph.loader.ingest.WriteStep.AddCounts;
import dev.anchorgraph.loader.ingest.WriteStep.IfPresent;
import dev.anchorgraph.loader.ingest.WriteStep.Label;
import dev.anchorgraph.loader.ingest.WriteStep.LinkOnly;
import dev.anchorgraph.loader.ingest.WriteStep.Match;
import dev.anchorgraph.loader.ingest.WriteStep.Merge;
import dev.anchorgraph.loader.ingest.WriteStep.OneOf;
import dev.anchorgraph.loader.ingest.WriteStep.Relate;
import dev.anchorgraph.loader.ingest.WriteStep.Replace;
import dev.anchorgraph.loader.ingest.WriteStep.SetAll;
import dev.anchorgraph.loader.ingest.WriteStep.SetProps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Write} applied to one row of a bulk load's {@link ImportGraph}, with the meaning of its Cypher: a match
 * in the main steps that finds nothing fails (as the batch's {@code written} count would), one inside an
 * {@link IfPresent} ends those steps quietly.
 */
final class WriteGraph {

    private final Map<String, Object> row;
    private final ImportGraph graph;

    private WriteGraph(Map<String, Object> row, ImportGraph graph) {
        this.row = row;
        this.graph = graph;
    }

    static void apply(Write write, Map<String, Object> row, ImportGraph graph) {
        new WriteGraph(row, graph).steps(write.steps(), new HashMap<>(), true);
    }

    /** @return whether every step was done ({@code false}: a match that may fail found nothing) */
    @SuppressWarnings("unchecked")
    private boolean steps(List<WriteStep> steps, Map<String, Entity> bound, boolean mustMatch) {
        for (var step : steps) {
            switch (step) {
                case Match m -> {
                    var node =
                            mustMatch ? graph.match(m.label(), key(m.field())) : graph.find(m.label(), key(m.field()));
                    if (node == null) {
                        return false;
                    }
                    bound.put(m.var(), node);
                }
                case Merge m -> {
                    var node = graph.find(m.label(), key(m.field()));
                    if (node == null) {
                        node = graph.merge(m.label(), m.key(), key(m.field()));
                        for (var p : m.onCreate()) {
                            node.set(p.property(), value(p.field()));
                        }
                    }
                    bound.put(m.var(), node);
                }
                case SetProps s -> s.props().forEach(p -> bound.get(s.var()).set(p.property(), value(p.field())));
                case SetAll s -> bound.get(s.var()).setAll((Map<String, Object>) value(s.field()));
                case Replace s -> bound.get(s.var()).replaceAll((Map<String, Object>) value(s.field()));
                case Label l -> node(bound, l.var()).addLabel(l.label());
                case Relate r -> {
                    var keys = new HashMap<String, Object>();
                    r.keys().forEach(p -> keys.put(p.property(), value(p.field())));
                    var relationship = graph.merge(node(bound, r.from()), r.type(), node(bound, r.to()), keys);
                    if (r.var() != null) {
                        bound.put(r.var(), relationship);
                    }
                }
                case LinkOnly l -> {
                    var from = node(bound, l.from());
                    var key = value(l.field());
                    from.deleteOutgoing(
                            l.type(),
                            n -> n.labels().contains(l.label()) && (key == null || !key.equals(n.get(l.key()))));
                    var to = graph.find(l.label(), (String) key);
                    if (to != null) {
                        graph.merge(from, l.type(), to);
                    }
                }
                case AddCounts a ->
                    node(bound, a.var())
                            .set(
                                    a.property(),
                                    Counts.add((List<?>) node(bound, a.var()).get(a.property()), value(a.field())));
                case OneOf o -> bound.put(o.var(), oneOf(o));
                case IfPresent p -> {
                    if (value(p.field()) != null) {
                        steps(p.steps(), new HashMap<>(bound), false);
                    }
                }
            }
        }
        return true;
    }

    private Entity oneOf(OneOf o) {
        var chosen =
                o.alternatives().stream().filter(a -> value(a.field()) != null).toList();
        if (chosen.size() != 1) {
            throw new IllegalStateException("A row must have one of "
                    + o.alternatives().stream()
                            .map(WriteStep.Alternative::field)
                            .toList() + " to bind " + o.var() + ", not " + chosen.size());
        }
        var bound = new HashMap<String, Entity>();
        steps(chosen.getFirst().steps(), bound, true);
        return bound.get(o.var());
    }

    private static Node node(Map<String, Entity> bound, String var) {
        return (Node) bound.get(var);
    }

    private String key(String field) {
        return (String) value(field);
    }

    /** {@code row.a.b}: {@code null} where a map on the way has no such entry, as in Cypher. */
    private Object value(String field) {
        Object value = row;
        for (var name : field.split("\\.")) {
            value = value == null ? null : ((Map<?, ?>) value).get(name);
        }
        return value;
    }
}
