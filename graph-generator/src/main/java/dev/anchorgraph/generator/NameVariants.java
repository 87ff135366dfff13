package dev.anchorgraph.generator;

import java.util.random.RandomGenerator;

/**
 * How court documents spell a firm's name when they give no USCC: the exact name, the place moved into or out of
 * brackets, half-width brackets, or the name with a former name noted after it.
 */
final class NameVariants {

    private NameVariants() {}

    static String draw(RandomGenerator r, Company c) {
        return switch (r.nextInt(4)) {
            case 0 -> c.name().full();
            case 1 -> swapped(c);
            case 2 ->
                halfWidth(
                        c.name().style() == GeneratedName.Style.PLACE_BRACKETED
                                ? c.name().full()
                                : swapped(c));
            default -> c.name().full() + "（原" + formerName(r, c) + "）";
        };
    }

    /** {@code 深圳市华瑞科技有限公司} ↔ {@code 华瑞科技（深圳）有限公司}; other names stay as they are. */
    static String swapped(Company c) {
        var n = c.name();
        return switch (n.style()) {
            case PLACE_FIRST -> n.brand() + n.word() + "（" + c.region().shortName() + "）" + n.form();
            case PLACE_BRACKETED -> c.region().city() + n.brand() + n.word() + n.form();
            case NO_PLACE, INDIVIDUAL -> n.full();
        };
    }

    static String halfWidth(String name) {
        return name.replace('（', '(').replace('）', ')');
    }

    private static String formerName(RandomGenerator r, Company c) {
        var word = Draw.chance(r, 0.5) ? "贸易" : "实业";
        return c.region().shortName() + c.name().brand() + word + "有限公司";
    }
}
