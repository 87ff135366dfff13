package dev.anchorgraph.loader.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * One data row of an input file, with its source line number, read by column name. Values are stripped of
 * surrounding white space; an absent optional column reads as empty. Parsers record flags (a row that is loaded but
 * worth counting, like a USCC that fails its checksum) with {@link #flag}.
 */
public final class Row {

    private final long line;
    private final Map<String, Integer> header;
    private final List<String> cells;
    private final String[] values;
    private final int columns;
    private List<String> flags;
    private List<String> messages;

    /**
     * @param header contract column → position in {@code values}
     * @param cells  the source row as read, for its shape and the rejects file
     * @param values the contract values the file's format made of the cells
     */
    Row(long line, Map<String, Integer> header, int columns, List<String> cells, String[] values) {
        this.line = line;
        this.header = header;
        this.columns = columns;
        this.cells = cells;
        this.values = values;
    }

    public long line() {
        return line;
    }

    /** The value of a column, stripped; empty when the column is absent or the cell empty. */
    public String get(String column) {
        var index = header.get(column);
        return index == null ? "" : values[index];
    }

    /** The value, or a {@link RejectReason#MISSING_VALUE} reject when it is empty. */
    public String required(String column) {
        var value = get(column);
        if (value.isEmpty()) {
            throw new Reject(RejectReason.MISSING_VALUE, column + " is empty");
        }
        return value;
    }

    /** The value, or {@code null} when empty. */
    public String optional(String column) {
        var value = get(column);
        return value.isEmpty() ? null : value;
    }

    public void flag(String flag) {
        flag(flag, flag);
    }

    /** A flag with what the flags file says of it (the value and what was wrong). */
    public void flag(String flag, String message) {
        if (flags == null) {
            flags = new ArrayList<>(2);
            messages = new ArrayList<>(2);
        }
        flags.add(flag);
        messages.add(message);
    }

    public List<String> flags() {
        return flags == null ? List.of() : flags;
    }

    /** The messages of {@link #flags()}, in the same order. */
    public List<String> flagMessages() {
        return messages == null ? List.of() : messages;
    }

    /** Rejects a row whose field count differs from the header's: its values cannot be trusted to their columns. */
    public void checkShape() {
        if (cells.size() != columns) {
            throw new Reject(
                    RejectReason.COLUMN_COUNT, "the row has " + cells.size() + " fields, the header " + columns);
        }
    }

    /** The row as it was, re-quoted as RFC 4180 CSV, for the rejects file. */
    public String raw() {
        return CSVFormat.RFC4180.format(cells.toArray());
    }
}
