package dev.anchorgraph.loader.bulk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The property columns of one import file (a node kind or a relationship type), by name, with the import tool's type
 * of each, gathered from every entity the file will hold; and whether any of them has an empty list to restore later.
 */
final class ImportColumns {

    final String owner;
    final Map<String, String> types = new TreeMap<>();
    private final Map<String, Class<?>> classes = new HashMap<>();
    boolean emptyLists;

    ImportColumns(String owner) {
        this.owner = owner;
    }

    void add(Map<String, Object> properties) {
        properties.forEach((name, value) -> {
            if (value.getClass() == classes.get(name) && !(value instanceof List)) {
                return; // the common case, already typed
            }
            var type = type(value, owner, name);
            if (type == null) {
                emptyLists = true;
                return;
            }
            var before = types.putIfAbsent(name, type);
            if (before != null && !before.equals(type)) {
                throw new IllegalStateException(owner + "." + name + " has values of types " + before + " and " + type);
            }
            classes.putIfAbsent(name, value.getClass());
        });
    }

    /** The import tool's type of a value, or {@code null} for an empty list. */
    static String type(Object value, String owner, String name) {
        return switch (value) {
            case String s -> "string";
            case Boolean b -> "boolean";
            case Long l -> "long";
            case Integer i -> "long";
            case Double d -> "double";
            case LocalDate d -> "date";
            case ZonedDateTime t -> "datetime";
            case OffsetDateTime t -> "datetime";
            case List<?> list when list.isEmpty() -> null;
            case List<?> list -> {
                var element = type(list.getFirst(), owner, name);
                if (element == null || element.endsWith("[]")) {
                    throw new IllegalStateException(owner + "." + name + ": a list of lists");
                }
                for (var v : list) {
                    if (v == null || v.getClass() != list.getFirst().getClass()) {
                        throw new IllegalStateException(
                                owner + "." + name + ": a list with mixed or null elements " + list);
                    }
                }
                yield element + "[]";
            }
            default ->
                throw new IllegalStateException(owner + "." + name + ": no import type for "
                        + value.getClass().getName());
        };
    }
}
