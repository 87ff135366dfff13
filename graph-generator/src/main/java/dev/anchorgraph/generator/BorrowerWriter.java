package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Writes {@code borrowers.csv}: the firms that already borrow, about a tenth of them. Anchors nearly all borrow, tier-1
 * partners often (supply-chain finance), small firms seldom, firms younger than half a year never.
 */
final class BorrowerWriter {

    static final String[] HEADER = {"uscc", "lender", "first_loan_on"};
    private static final int MAX_HISTORY_DAYS = 3650;

    private final Economy economy;
    private final RandomGenerator r;

    BorrowerWriter(Economy economy, RandomGenerator r) {
        this.economy = economy;
        this.r = r;
    }

    FileSummary write(Path dir) throws IOException {
        var asOf = economy.window().asOf();
        try (var out = CsvOut.open(dir, "borrowers.csv", HEADER)) {
            for (var c : economy.companies()) {
                var earliest = c.foundedOn().plusDays(180);
                var floor = asOf.minusDays(MAX_HISTORY_DAYS);
                if (earliest.isBefore(floor)) {
                    earliest = floor;
                }
                if (earliest.isBefore(asOf) && Draw.chance(r, share(c))) {
                    var lender = Draw.chance(r, 0.05) ? "深圳前海微众银行" : Banks.branch(r, c.region(), false);
                    out.row(c.uscc(), lender, between(earliest, asOf).toString());
                }
            }
            return out.summary();
        }
    }

    private static double share(Company c) {
        double share = switch (c.role()) {
            case ANCHOR -> 0.6;
            case SUPPLIER_1, DISTRIBUTOR_1 -> 0.2;
            case SHELL -> 0.02;
            default -> 0.08;
        };
        return c.status() == Status.ACTIVE ? share : share / 2;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }
}
