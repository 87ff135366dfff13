package dev.anchorgraph.service.prospect;

import java.util.List;

/** One page of prospects; {@code nextCursor} is null on the last page. */
record ProspectPage(AnchorRef anchor, List<ProspectRow> rows, String nextCursor) {

    record AnchorRef(String uscc, String name) {}
}
