package dev.anchorgraph.loader.registry;

import dev.anchorgraph.loader.csv.Reject;
import dev.anchorgraph.loader.csv.RejectReason;
import dev.anchorgraph.loader.csv.Row;
import dev.anchorgraph.loader.csv.Values;
import dev.anchorgraph.loader.person.Pseudonyms;

/**
 * The pseudonym of a shareholder or officer who is a person (docs/adr/0013-people-without-an-id.md): from their id
 * when the row has one; otherwise (vendor lists carry none, or mask it as {@code 4403**********1234}) from the
 * company and their name, so that one name in one company is one person and never the same as a namesake elsewhere.
 */
final class People {

    private People() {}

    /** A masked id is dropped and flagged ({@code dropped_<column>}): it would merge everyone it masks alike. */
    static String id(Row row, String column, String companyUscc, String name, Pseudonyms pseudonyms) {
        var id = Values.optional(row, column, r -> unmasked(r, column));
        return id == null ? pseudonyms.ofNameIn(companyUscc, name) : pseudonyms.of(id);
    }

    private static String unmasked(Row row, String column) {
        var id = row.optional(column);
        if (id != null && (id.indexOf('*') >= 0 || id.indexOf('＊') >= 0)) {
            throw new Reject(RejectReason.INVALID_VALUE, column + " '" + id + "' is masked: not an id");
        }
        return id;
    }
}
