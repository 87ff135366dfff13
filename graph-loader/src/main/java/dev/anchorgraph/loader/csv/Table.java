package dev.anchorgraph.loader.csv;

import java.util.Iterator;
import java.util.List;

/**
 * A source file read as a header and rows of text cells, whatever its container (CSV in some encoding, an .xlsx
 * sheet). Everything after this (recognising the format, mapping columns, parsing values) is the same for all.
 */
interface Table extends AutoCloseable, Iterable<Table.Line> {

    List<String> header();

    @Override
    Iterator<Line> iterator();

    @Override
    void close();

    /** One data row: the line (CSV) or sheet row (.xlsx) it starts on, and its cells. */
    record Line(long line, List<String> cells) {}
}
