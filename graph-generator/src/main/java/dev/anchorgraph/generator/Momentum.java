package dev.anchorgraph.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How each firm's trade moves over the invoice window, from its hidden {@link Health}: a steady growth or decline,
 * and for some weak firms a sharp fall in the last months before the as-of date (orders lost, cash running out), the
 * falling sales a lender sees before a default. Anchors keep a flat course. A pair's volume in a month is scaled by
 * the factors of both its firms.
 */
final class Momentum {

    /**
     * A fall covers the last 3 to 7 months up to the as-of month: long enough to show in the last quarter's sales
     * against the quarter before.
     */
    private static final int FALL_SHORTEST = 3;

    private static final int FALL_LONGEST = 7;

    private final float[] growth;
    private final int[] fallFrom;
    private final float[] fallRate;
    private final int lastMonth;

    private Momentum(float[] growth, int[] fallFrom, float[] fallRate, int lastMonth) {
        this.growth = growth;
        this.fallFrom = fallFrom;
        this.fallRate = fallRate;
        this.lastMonth = lastMonth;
    }

    static Momentum draw(List<Company> companies, int months, RandomGenerator r) {
        int n = companies.size();
        var growth = new float[n];
        var fallFrom = new int[n];
        var fallRate = new float[n];
        for (var c : companies) {
            int i = c.index();
            fallFrom[i] = months;
            if (c.role() == Role.ANCHOR) {
                continue;
            }
            growth[i] = (float) (Health.growth(c.health()) + 0.01 * r.nextGaussian());
            if (Draw.chance(r, Health.distressChance(c.health()))) {
                fallFrom[i] = months - Draw.between(r, FALL_SHORTEST, FALL_LONGEST);
                fallRate[i] = (float) (0.3 + 0.5 * r.nextDouble());
            }
        }
        return new Momentum(growth, fallFrom, fallRate, months - 1);
    }

    /** Every firm's factor in the month (1 for a flat course in the as-of month) into {@code factors}. */
    void factors(int month, double[] factors) {
        for (int i = 0; i < factors.length; i++) {
            double f = Math.exp(growth[i] * (month - lastMonth));
            if (month >= fallFrom[i]) {
                f *= Math.pow(fallRate[i], month - fallFrom[i] + 1);
            }
            factors[i] = f;
        }
    }
}
