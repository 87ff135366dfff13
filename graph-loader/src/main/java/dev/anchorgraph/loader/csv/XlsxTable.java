package dev.anchorgraph.loader.csv;

import dev.anchorgraph.cli.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an .xlsx workbook, streamed with fastexcel's StAX reader on its own thread: rows pass through a
 * small queue, so a sheet of a million rows never sits in memory (only its shared strings do) and parsing the XML
 * overlaps with validating the rows. fastexcel, not POI's SAX handler, because POI builds an XMLBeans object for
 * every inline-string cell and parses every cell reference with a regular expression: five times slower on an e-tax
 * export (docs/benchmarks.md). Numbers with a format are shown as Excel displays them, by POI's {@link DataFormatter};
 * trailing empty cells are padded so every row has the header's width.
 */
final class XlsxTable implements Table {

    private static final List<String> END = List.of();

    private final Path path;
    private final ReadableWorkbook workbook;
    private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(4096);
    private final Thread reader;
    private final List<String> header;

    XlsxTable(Path path) {
        this.path = path;
        try {
            workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
            var sheet = workbook.getFirstSheet();
            var formatter = new DataFormatter();
            reader = Thread.ofVirtual().start(() -> {
                try (var stream = sheet.openStream()) {
                    for (var it = stream.iterator(); it.hasNext(); ) {
                        var line = line(it.next(), formatter);
                        if (line != null) {
                            rows.put(line);
                        }
                    }
                    rows.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    rows.offer(e);
                }
            });
            var first = take();
            if (first == END) {
                throw new UserInputException(path + ": the first sheet is empty; a header row is required");
            }
            header = ((Line) first).cells();
        } catch (UserInputException e) {
            throw e;
        } catch (Exception e) {
            throw new UserInputException(path + ": cannot read the workbook (" + e.getMessage() + ")", e);
        }
    }

    /** A row's cells by column, blank cells (which a sheet does not store) as empty; a blank row is skipped. */
    private static Line line(Row row, DataFormatter formatter) {
        var cells = new ArrayList<String>(row.getCellCount());
        boolean blank = true;
        for (int c = 0; c < row.getCellCount(); c++) {
            var text = text(row.getCell(c), formatter);
            blank &= text.isBlank();
            cells.add(text);
        }
        return blank ? null : new Line(row.getRowNum(), cells);
    }

    /** What Excel displays, as POI's sheet reader gave it: formatted numbers, cached formula results. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        var raw = cell.getRawValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER ->
                cell.getDataFormatString() == null || raw == null
                        ? nullToEmpty(raw)
                        : formatter.formatRawCellContents(
                                Double.parseDouble(raw), cell.getDataFormatId(), cell.getDataFormatString());
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case ERROR -> "ERROR:" + nullToEmpty(raw);
            default -> nullToEmpty(raw);
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private Object take() {
        try {
            var next = rows.take();
            if (next instanceof Exception e) {
                throw new UserInputException(path + ": cannot read the sheet (" + e.getMessage() + ")", e);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserInputException(path + ": interrupted");
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Iterator<Line> iterator() {
        return new Iterator<>() {
            Object next = take();

            @Override
            public boolean hasNext() {
                return next != END;
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var line = (Line) next;
                next = take();
                var cells = line.cells();
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                return line;
            }
        };
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            workbook.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
