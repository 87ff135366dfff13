package dev.anchorgraph.loader.ingest;

import dev.anchorgraph.loader.ingest.WriteStep.AddCounts;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link Write} as Cypher. Only the description's names are written into the text; every value is read from
 * {@code row}, a parameter. Optional parts are unit subqueries (they keep the row, so {@code written} counts every
 * row); a {@link OneOf} is a subquery of one {@code UNION} branch per alternative, of which only the row's runs.
 */
final class WriteCypher {

    /** Variables the rendering uses itself. */
    private static final Set<String> RESERVED = Set.of("row", "r", "old", "other", "d", "written");

    private final StringBuilder text = new StringBuilder("UNWIND $rows AS row\n");
    /** Whether the last clause wrote: Cypher wants a {@code WITH} between such a clause and a {@code CALL}. */
    private boolean updated;

    private WriteCypher() {}

    static String render(Write write) {
        var cypher = new WriteCypher();
        cypher.steps(write.steps(), "row", "", new ArrayList<>());
        return cypher.text.append("RETURN count(*) AS written\n").toString();
    }

    private void steps(List<WriteStep> steps, String row, String in, List<String> bound) {
        for (var step : steps) {
            switch (step) {
                case Match m ->
                    line(in, "MATCH (%s:%s {%s: %s.%s})", bind(bound, m.var()), m.label(), m.key(), row, m.field());
                case Merge m -> {
                    line(in, "MERGE (%s:%s {%s: %s.%s})", bind(bound, m.var()), m.label(), m.key(), row, m.field());
                    if (!m.onCreate().isEmpty()) {
                        line(in, "ON CREATE SET %s", assignments(m.var(), m.onCreate(), row));
                    }
                }
                case SetProps s -> line(in, "SET %s", assignments(s.var(), s.props(), row));
                case SetAll s -> line(in, "SET %s += %s.%s", s.var(), row, s.field());
                case Replace s -> line(in, "SET %s = %s.%s", s.var(), row, s.field());
                case Label l -> line(in, "SET %s:%s", l.var(), l.label());
                case Relate r ->
                    line(
                            in,
                            "MERGE (%s)-[%s:%s%s]->(%s)",
                            r.from(),
                            r.var() == null ? "" : bind(bound, r.var()),
                            r.type(),
                            r.keys().isEmpty() ? "" : " {" + keys(r.keys(), row) + "}",
                            r.to());
                case LinkOnly l -> {
                    call(in, l.from(), row);
                    line(in + "  ", "MATCH (%s)-[old:%s]->(other:%s)", l.from(), l.type(), l.label());
                    line(
                            in + "  ",
                            "WHERE %s.%s IS NULL OR other.%s <> %s.%s",
                            row,
                            l.field(),
                            l.key(),
                            row,
                            l.field());
                    line(in + "  ", "DELETE old");
                    line(in, "}");
                    call(in, l.from(), row);
                    line(in + "  ", "MATCH (other:%s {%s: %s.%s})", l.label(), l.key(), row, l.field());
                    line(in + "  ", "MERGE (%s)-[:%s]->(other)", l.from(), l.type());
                    line(in, "}");
                }
                case AddCounts a ->
                    line(
                            in,
                            "SET %1$s.%2$s = [d IN range(0, size(%3$s.%4$s) - 1) | coalesce(%1$s.%2$s[d], 0) + %3$s.%4$s[d]]",
                            a.var(),
                            a.property(),
                            row,
                            a.field());
                case OneOf o -> oneOf(o, row, in, bound);
                case IfPresent p -> {
                    call(in, imports(bound, row).toArray(String[]::new));
                    line(in + "  ", "WITH * WHERE %s.%s IS NOT NULL", row, p.field());
                    steps(p.steps(), row, in + "  ", new ArrayList<>(bound));
                    line(in, "}");
                }
            }
            updated = !(step instanceof Match
                    || step instanceof LinkOnly
                    || step instanceof OneOf
                    || step instanceof IfPresent);
        }
    }

    private void oneOf(OneOf o, String row, String in, List<String> bound) {
        call(in, row);
        for (int i = 0; i < o.alternatives().size(); i++) {
            var alternative = o.alternatives().get(i);
            if (i > 0) {
                line(in + "  ", "UNION");
            }
            line(
                    in + "  ",
                    "UNWIND CASE WHEN %s.%s IS NOT NULL THEN [%s] ELSE [] END AS r",
                    row,
                    alternative.field(),
                    row);
            updated = false;
            steps(alternative.steps(), "r", in + "  ", new ArrayList<>());
            line(in + "  ", "RETURN %s", o.var());
        }
        line(in, "}");
        bind(bound, o.var());
    }

    /** {@code CALL (imports) {}, after a {@code WITH *} where the clause before wrote. */
    private void call(String in, String... imports) {
        if (updated) {
            line(in, "WITH *");
        }
        line(in, "CALL (%s) {", String.join(", ", imports));
        updated = false;
    }

    private static List<String> imports(List<String> bound, String row) {
        var names = new ArrayList<>(bound);
        names.add(row);
        return names;
    }

    private static String bind(List<String> bound, String var) {
        if (RESERVED.contains(var)) {
            throw new IllegalArgumentException("'" + var + "' is a variable of the rendering itself");
        }
        if (!bound.contains(var)) {
            bound.add(var);
        }
        return var;
    }

    private static String assignments(String var, List<Prop> props, String row) {
        return props.stream()
                .map(p -> var + "." + p.property() + " = " + row + "." + p.field())
                .collect(Collectors.joining(", "));
    }

    private static String keys(List<Prop> props, String row) {
        return props.stream()
                .map(p -> p.property() + ": " + row + "." + p.field())
                .collect(Collectors.joining(", "));
    }

    private void line(String indent, String format, Object... args) {
        text.append(indent).append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
