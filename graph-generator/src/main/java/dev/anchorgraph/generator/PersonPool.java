package dev.anchorgraph.generator;

import java.util.random.RandomGenerator;

/** Hands out people for firms: mostly new ones, but some people found, run or own several firms. */
final class PersonPool {

    private final Persons persons;
    private int count;

    PersonPool(Persons persons) {
        this.persons = persons;
    }

    Persons persons() {
        return persons;
    }

    int fresh() {
        return count++;
    }

    /**
     * A new person, or with probability {@code reuse} one already drawn; earlier people are favoured, so a few
     * serial entrepreneurs end up in many firms while most people appear once.
     */
    int draw(RandomGenerator r, double reuse) {
        return drawOther(r, reuse, -1);
    }

    /** Like {@link #draw} but never {@code other}: a supervisor may not sit on the board he supervises. */
    int drawOther(RandomGenerator r, double reuse, int other) {
        if (count == 0 || !Draw.chance(r, reuse)) {
            return fresh();
        }
        int person = (int) (count * Math.pow(r.nextDouble(), 1.5));
        return person == other ? fresh() : person;
    }
}
