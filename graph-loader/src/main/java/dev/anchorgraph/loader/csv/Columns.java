package dev.anchorgraph.loader.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A format resolved against one file's header: for each contract column, the source positions its value comes
 * from. Turns a source row's cells into contract values; reports which source columns it used and ignored.
 */
final class Columns {

    final String format;
    final Map<String, Integer> index = new HashMap<>();
    final List<String> used = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    private final List<int[][]> sources = new ArrayList<>();
    private final List<Map<String, String>> values = new ArrayList<>();
    private final List<Boolean> dateOnly = new ArrayList<>();
    private Map<String, String[]> lineItems;

    private Columns(String format) {
        this.format = format;
    }

    /** Our own contract: header names are the contract's columns, matched without regard to case. */
    static Columns contract(List<String> header, FileSpec spec) {
        var columns = new Columns("contract");
        for (int i = 0; i < header.size(); i++) {
            var name = normal(header.get(i));
            if (spec.knows(name) && !columns.index.containsKey(name)) {
                columns.add(name, new int[][] {{i}}, Map.of(), false);
                columns.used.add(name);
            } else {
                columns.ignored.add(name);
            }
        }
        return columns;
    }

    /** The mapping applied to the header, or {@code null} when a required column has no source in it. */
    static Columns of(ColumnMapping mapping, List<String> header, List<String> required) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(normal(header.get(i)), i);
        }
        if (mapping.unless().stream().map(Columns::normal).anyMatch(positions::containsKey)) {
            return null;
        }
        var columns = new Columns(mapping.format());
        var usedPositions = new boolean[header.size()];
        for (var entry : mapping.columns().entrySet()) {
            var alternatives = new ArrayList<int[]>();
            for (var alternative : entry.getValue()) {
                var parts = alternative.split("\\+");
                var at = new int[parts.length];
                boolean all = true;
                for (int p = 0; p < parts.length; p++) {
                    var position = positions.get(normal(parts[p]));
                    all &= position != null;
                    at[p] = position == null ? -1 : position;
                }
                if (all) {
                    alternatives.add(at);
                    for (int position : at) {
                        usedPositions[position] = true;
                    }
                }
            }
            if (!alternatives.isEmpty()) {
                columns.add(
                        entry.getKey(),
                        alternatives.toArray(int[][]::new),
                        mapping.values().getOrDefault(entry.getKey(), Map.of()),
                        mapping.dates().contains(entry.getKey()));
            }
        }
        if (!columns.index.keySet().containsAll(required)) {
            return null;
        }
        for (int i = 0; i < header.size(); i++) {
            (usedPositions[i] ? columns.used : columns.ignored)
                    .add(header.get(i).strip());
        }
        return columns;
    }

    private void add(String column, int[][] from, Map<String, String> vocabulary, boolean date) {
        index.put(column, sources.size());
        sources.add(from);
        values.add(vocabulary);
        dateOnly.add(date);
    }

    /**
     * Completes invoices from their line items (invoice_no → the values of {@link LineItems#COLUMNS}): an invoice
     * that names no goods itself takes its lines'.
     */
    void lineItems(Map<String, String[]> items) {
        for (var column : LineItems.COLUMNS) {
            if (!index.containsKey(column)) {
                add(column, new int[0][], Map.of(), false);
            }
        }
        lineItems = items;
    }

    String[] map(List<String> cells) {
        var out = new String[sources.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = value(cells, c);
        }
        if (lineItems != null) {
            var item = lineItems.get(out[index.get("invoice_no")]);
            if (item != null && out[index.get("item_name")].isEmpty()) {
                for (int i = 0; i < item.length; i++) {
                    out[index.get(LineItems.COLUMNS.get(i))] = item[i];
                }
            }
        }
        return out;
    }

    /** The value of the contract column at position {@code c} in {@link #index}, read from a source row. */
    String value(List<String> cells, int c) {
        var value = "";
        for (int[] alternative : sources.get(c)) {
            value = joined(cells, alternative);
            if (!value.isEmpty()) {
                break;
            }
        }
        if (dateOnly.get(c)) {
            value = dateOf(value);
        }
        return values.get(c).getOrDefault(value, value);
    }

    /** {@code 2025-03-14 10:22:31} or {@code 2025-03-14T10:22:31} → {@code 2025-03-14}; once per row, so no regex. */
    private static String dateOf(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == ' ' || value.charAt(i) == 'T') {
                return value.substring(0, i);
            }
        }
        return value;
    }

    private static String joined(List<String> cells, int[] positions) {
        if (positions.length == 1) {
            return positions[0] < cells.size() ? cells.get(positions[0]).strip() : "";
        }
        var joined = new StringBuilder();
        for (int position : positions) {
            var part = position < cells.size() ? cells.get(position).strip() : "";
            if (part.isEmpty()) {
                return "";
            }
            joined.append(part);
        }
        return joined.toString();
    }

    static String normal(String name) {
        return name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }
}
