package dev.anchorgraph.loader.ingest;

import dev.anchorgraph.loader.graph.ImportGraph;
import dev.anchorgraph.loader.ingest.WriteStep.AddCounts;
import dev.anchorgraph.loader.ingest.WriteStep.Alternative;
import dev.anchorgraph.loader.ingest.WriteStep.IfPresent;
import dev.anchorgraph.loader.ingest.WriteStep.Label;
import dev.anchorgraph.loader.ingest.WriteStep.LinkOnly;
import dev.anchorgraph.loader.ingest.WriteStep.Match;
import dev.anchorgraph.loader.ingest.WriteStep.Merge;
import dev.anchorgraph.loader.ingest.WriteStep.OneOf;
import dev.anchorgraph.loader.ingest.WriteStep.Prop;
import dev.anchorgraph.loader.ingest.WriteStep.Relate;
import dev.anchorgraph.loader.ingest.WriteStep.Replace;
import dev.anchorgraph.loader.ingest.WriteStep.SetAll;
import dev.anchorgraph.loader.ingest.WriteStep.SetProps;
import java.util.List;
import java.util.Map;

/**
 * What writing one row does to the graph, said once: a transactional load runs it as Cypher ({@link #cypher()}, an
 * {@code UNWIND $rows AS row} batch), a bulk load applies it to its in-memory graph ({@link #apply}). Before, each
 * row type said it twice, as Cypher and as hand-written Java, and only a test comparing the two loads kept them in
 * step. See docs/adr/0009-one-write-description.md.
 */
public record Write(List<WriteStep> steps) {

    public Write {
        steps = List.copyOf(steps);
    }

    public static Write of(WriteStep... steps) {
        return new Write(List.of(steps));
    }

    /** {@code UNWIND $rows AS row …} writing one batch; it returns {@code written}, the number of rows written. */
    public String cypher() {
        return WriteCypher.render(this);
    }

    /** Does to {@code graph} what {@link #cypher()} does for one row of {@code $rows}. */
    public void apply(Map<String, Object> row, ImportGraph graph) {
        WriteGraph.apply(this, row, graph);
    }

    public static Match match(String var, String label, String key, String field) {
        return new Match(var, label, key, field);
    }

    public static Merge merge(String var, String label, String key, String field, Prop... onCreate) {
        return new Merge(var, label, key, field, List.of(onCreate));
    }

    public static SetProps set(String var, Prop... props) {
        return new SetProps(var, List.of(props));
    }

    public static SetAll setAll(String var, String field) {
        return new SetAll(var, field);
    }

    public static Replace replace(String var, String field) {
        return new Replace(var, field);
    }

    public static Label label(String var, String label) {
        return new Label(var, label);
    }

    /** A relationship merged and not referred to again. */
    public static Relate relate(String from, String type, String to, Prop... keys) {
        return new Relate(null, from, type, List.of(keys), to);
    }

    /** A relationship merged as {@code var}, to set properties on. */
    public static Relate relate(String var, String from, String type, String to, Prop... keys) {
        return new Relate(var, from, type, List.of(keys), to);
    }

    public static LinkOnly linkOnly(String from, String type, String label, String key, String field) {
        return new LinkOnly(from, type, label, key, field);
    }

    public static AddCounts addCounts(String var, String property, String field) {
        return new AddCounts(var, property, field);
    }

    public static OneOf oneOf(String var, Alternative... alternatives) {
        return new OneOf(var, List.of(alternatives));
    }

    public static Alternative when(String field, WriteStep... steps) {
        return new Alternative(field, List.of(steps));
    }

    public static IfPresent ifPresent(String field, WriteStep... steps) {
        return new IfPresent(field, List.of(steps));
    }

    /** {@code property = row.field}. */
    public static Prop prop(String property, String field) {
        return new Prop(property, field);
    }

    /** {@code property = row.property}. */
    public static Prop prop(String property) {
        return new Prop(property, property);
    }
}
