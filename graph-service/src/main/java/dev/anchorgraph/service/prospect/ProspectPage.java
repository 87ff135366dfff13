package dev.anchorgraph.service.prospect;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of prospects; {@code nextCursor} is null on the last page.
 *
 * @param sort  the order of the rows
 * @param total how many firms match the filters, on all pages
 * @param asOf  the data's date: the latest as-of date of the matching firms' scores (null when none is scored)
 */
record ProspectPage(
        AnchorRef anchor, String sort, long total, LocalDate asOf, List<ProspectRow> rows, String nextCursor) {

    record AnchorRef(String uscc, String name) {}
}
