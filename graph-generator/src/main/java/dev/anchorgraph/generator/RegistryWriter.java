package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;

/** Writes {@code companies.csv} (the business registry) and {@code anchors.csv} (the bank's anchor programmes). */
final class RegistryWriter {

    static final String[] COMPANIES = {
        "uscc",
        "name",
        "industry_code",
        "registered_capital",
        "founded_on",
        "status",
        "scale",
        "address",
        "business_scope"
    };
    static final String[] ANCHORS = {"uscc", "program"};
    private static final List<String> PROGRAM_SUFFIXES = List.of("链", "e信", "融通", "供应链金融", "信链");

    private final Economy economy;
    private final RandomGenerator r;

    RegistryWriter(Economy economy, RandomGenerator r) {
        this.economy = economy;
        this.r = r;
    }

    List<FileSummary> write(Path dir) throws IOException {
        try (var companies = CsvOut.open(dir, "companies.csv", COMPANIES);
                var anchors = CsvOut.open(dir, "anchors.csv", ANCHORS)) {
            for (var c : economy.companies()) {
                companies.row(
                        c.uscc(),
                        c.name().full(),
                        industryCode(c),
                        Formats.capital(c.capital(), r),
                        Formats.registryDate(c.foundedOn(), r),
                        c.status().label(r),
                        scale(c),
                        address(c),
                        BusinessScopes.of(c.industry(), r));
                if (c.role() == Role.ANCHOR) {
                    anchors.row(c.uscc(), c.name().brand() + Draw.pick(r, PROGRAM_SUFFIXES));
                }
            }
            return List.of(companies.summary(), anchors.summary());
        }
    }

    /** Some sources leave the size class empty; the bank always knows its anchors' size. */
    private String scale(Company c) {
        return c.role() != Role.ANCHOR && Draw.chance(r, 0.03) ? "" : c.scale().label;
    }

    /** Mostly the bare 4-digit class; some exports prefix the section letter ({@code C3311}). */
    private String industryCode(Company c) {
        return Draw.chance(r, 0.12)
                ? c.industry().section() + c.industry().code()
                : c.industry().code();
    }

    private String address(Company c) {
        return c.cluster() >= 0
                ? economy.shells().get(c.cluster()).address()
                : Addresses.draw(r, c.region(), c.district());
    }
}
