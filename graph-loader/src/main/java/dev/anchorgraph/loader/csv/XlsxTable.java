package dev.anchorgraph.loader.csv;

import dev.anchorgraph.cli.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * The first sheet of an .xlsx workbook, streamed with POI's SAX reader: rows pass through a small queue from the
 * parsing thread, so a sheet of a million rows never sits in memory (only its shared-strings table does). Cells are
 * read as Excel displays them; trailing empty cells are padded so every row has the header's width.
 */
final class XlsxTable implements Table {

    private static final List<String> END = List.of();

    private final Path path;
    private final OPCPackage workbook;
    private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(4096);
    private final Thread reader;
    private final List<String> header;

    XlsxTable(Path path) {
        this.path = path;
        try {
            workbook = OPCPackage.open(path.toFile(), PackageAccess.READ);
            var xssf = new XSSFReader(workbook);
            var strings = new ReadOnlySharedStringsTable(workbook);
            var styles = xssf.getStylesTable();
            var sheet = xssf.getSheetsData().next();
            var factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            var xml = factory.newSAXParser().getXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(), new DataFormatter(), false));
            reader = Thread.ofVirtual().start(() -> {
                try (sheet) {
                    xml.parse(new InputSource(sheet));
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
                var cells = new ArrayList<>(line.cells());
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                return new Line(line.line(), cells);
            }
        };
    }

    @Override
    public void close() {
        reader.interrupt();
        workbook.revert();
    }

    /** Collects each row's cells by column (a blank cell is simply not reported, so its gap is filled here). */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            try {
                rows.put(new Line(rowNum + 1L, cells));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("closed", e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
