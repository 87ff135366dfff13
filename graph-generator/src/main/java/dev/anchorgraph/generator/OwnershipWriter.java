package dev.anchorgraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes {@code officers.csv} and {@code shareholders.csv}. People recur across firms (see {@link PersonPool}); the
 * legal representative usually also holds the biggest stake. Stakes are drawn in basis points that sum to at most
 * one, the rest being holders the source did not list.
 */
final class OwnershipWriter {

    static final String[] SHAREHOLDERS = {
        "company_uscc", "holder_type", "holder_id", "holder_name", "stake", "subscribed_capital", "since"
    };
    static final String[] OFFICERS = {"company_uscc", "person_id", "person_name", "role"};
    private static final double REUSE = 0.22;
    private static final int WHOLE = 10_000;

    private final Economy economy;
    private final RandomGenerator r;
    private final PersonPool people;
    private final Persons persons;
    private final int[] representatives;

    OwnershipWriter(Economy economy, RandomGenerator r) {
        this.economy = economy;
        this.r = r;
        this.people = economy.people();
        this.persons = people.persons();
        this.representatives = new int[economy.companies().size()];
    }

    List<FileSummary> write(Path dir) throws IOException {
        try (var officers = CsvOut.open(dir, "officers.csv", OFFICERS);
                var shareholders = CsvOut.open(dir, "shareholders.csv", SHAREHOLDERS)) {
            for (var c : economy.companies()) {
                int rep = c.cluster() >= 0 ? economy.shells().get(c.cluster()).representative() : people.draw(r, REUSE);
                representatives[c.index()] = rep;
                OfficerRows.write(officers, c, rep, people, r);
                shareholders(shareholders, c, rep);
            }
            return List.of(shareholders.summary(), officers.summary());
        }
    }

    /** The legal representative (person index) of each firm, for the litigation writer. */
    int[] representatives() {
        return representatives;
    }

    private void shareholders(CsvOut out, Company c, int rep) throws IOException {
        var x = r.nextDouble();
        int holders =
                c.role() == Role.ANCHOR ? Draw.between(r, 3, 8) : x < 0.35 ? 1 : x < 0.7 ? 2 : Draw.between(r, 3, 5);
        var stakes = stakes(holders);
        boolean percent = Draw.chance(r, 0.5);
        var corporate = new ArrayList<Integer>();
        for (int i = 0; i < holders; i++) {
            var since = Draw.chance(r, 0.7)
                    ? c.foundedOn()
                    : between(c.foundedOn(), economy.window().asOf());
            var stake = Formats.stake(stakes[i], percent);
            var subscribed = Formats.money(c.capital() * stakes[i] / 100);
            int holder = i > 0 && Draw.chance(r, c.role() == Role.ANCHOR ? 0.4 : 0.08) ? corporateHolder(c) : -1;
            if (holder >= 0 && !corporate.contains(holder)) {
                corporate.add(holder);
                var h = economy.company(holder);
                out.row(c.uscc(), "company", h.uscc(), h.name().full(), stake, subscribed, since.toString());
            } else {
                int person = i == 0 && Draw.chance(r, 0.8) ? rep : people.draw(r, REUSE);
                out.row(
                        c.uscc(),
                        "person",
                        persons.id(person),
                        persons.name(person),
                        stake,
                        subscribed,
                        since.toString());
            }
        }
    }

    /** Anchors take stakes in key partners; otherwise a bigger firm invests, if one turns up. */
    private int corporateHolder(Company c) {
        if (c.anchor() >= 0 && c.anchor() != c.index() && Draw.chance(r, 0.3)) {
            return c.anchor();
        }
        for (int probe = 0; probe < 30; probe++) {
            var h = economy.company(r.nextInt(economy.companies().size()));
            if (h.index() != c.index() && h.role() != Role.SHELL && h.scale().ordinal() <= Scale.MEDIUM.ordinal()) {
                return h.index();
            }
        }
        return -1;
    }

    /** Basis points, biggest first, summing to a whole or (unlisted holders) somewhat less. */
    private int[] stakes(int holders) {
        int total = Draw.chance(r, 0.9) ? WHOLE : Draw.between(r, 6_000, WHOLE - 1);
        var weights = new double[holders];
        double sum = 0;
        for (int i = 0; i < holders; i++) {
            weights[i] = -Math.log(1 - r.nextDouble());
            sum += weights[i];
        }
        Arrays.sort(weights);
        var stakes = new int[holders];
        int given = 0;
        for (int i = 0; i < holders; i++) {
            stakes[i] = Math.max(1, (int) (total * weights[holders - 1 - i] / sum));
            given += stakes[i];
        }
        stakes[0] += total - given;
        return stakes;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
    }
}
