package dev.anchorgraph.generator;

import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * The officer rows of one firm. Small firms have an executive director who is also legal representative and often
 * manager, plus a supervisor; bigger firms a board with a chairman. Sources write roles in English or Chinese.
 */
final class OfficerRows {

    private static final double REUSE = 0.22;
    private static final double CHINESE = 0.2;

    private OfficerRows() {}

    static void write(CsvOut out, Company c, int rep, PersonPool people, RandomGenerator r) throws IOException {
        var persons = people.persons();
        row(out, c, rep, persons, role(r, "legal_representative", "法定代表人"));
        if (c.scale() == Scale.LARGE || c.scale() == Scale.MEDIUM) {
            row(out, c, rep, persons, role(r, "chairman", "董事长"));
            int directors = c.scale() == Scale.LARGE ? Draw.between(r, 4, 6) : 2;
            for (int i = 0; i < directors; i++) {
                row(out, c, people.draw(r, REUSE), persons, role(r, "director", "董事"));
            }
            int supervisors = c.scale() == Scale.LARGE ? Draw.between(r, 2, 3) : 1;
            for (int i = 0; i < supervisors; i++) {
                row(out, c, people.drawOther(r, REUSE, rep), persons, role(r, "supervisor", "监事"));
            }
            row(out, c, Draw.chance(r, 0.5) ? rep : people.draw(r, REUSE), persons, role(r, "manager", "经理"));
        } else {
            row(out, c, rep, persons, role(r, "director", "执行董事"));
            if (Draw.chance(r, 0.7)) {
                row(out, c, rep, persons, role(r, "manager", "经理"));
            }
            row(out, c, people.drawOther(r, REUSE, rep), persons, role(r, "supervisor", "监事"));
        }
    }

    private static String role(RandomGenerator r, String english, String chinese) {
        return Draw.chance(r, CHINESE) ? chinese : english;
    }

    private static void row(CsvOut out, Company c, int person, Persons persons, String role) throws IOException {
        out.row(c.uscc(), persons.id(person), persons.name(person), role);
    }
}
