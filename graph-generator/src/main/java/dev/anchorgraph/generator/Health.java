package dev.anchorgraph.generator;

import java.util.random.RandomGenerator;

/**
 * A firm's hidden health {@code h}: roughly standard normal over the ordinary firms, higher = healthier. It is never
 * written to a file. It shapes what a lender can observe (founding date, status, trading partners and how regularly
 * they invoice, the sales trend, court cases) and, separately, whether the firm defaults in the year after the as-of
 * date ({@code outcomes.csv}). A risk model can therefore only predict defaults through the observable data, the way
 * it has to in reality, and a backtest measures how much of the hidden health it recovers.
 *
 * <p>Every effect is a smooth, noisy tendency, never a rule: a healthy firm can still be young, lose a buyer or be
 * sued, and an unhealthy one can look fine.
 */
final class Health {

    /** Firms close to an anchor trade under its wing; tier-2 firms and small ones are more fragile. */
    private static final double TIER_1 = 0.5;

    private static final double CARRIER = 0.1;
    private static final double TIER_2 = -0.2;
    /** Spread of the shock a whole chain shares (its anchor's market), and of each firm's own fortune. */
    private static final double CHAIN_SIGMA = 0.3;

    private static final double OWN_SIGMA = 0.9;
    /**
     * Default chance = logistic(intercept − SLOPE·h), the intercept set so that about 7 % of the firms default. The
     * slope makes health decide most outcomes (knowing h would rank defaulters with an AUC of about 0.91) while
     * leaving room for bad luck: no model can be perfect.
     */
    static final double DEFAULT_RATE = 0.07;

    private static final double DEFAULT_SLOPE = 2.5;

    private Health() {}

    /** An ordinary firm in a chain whose shared shock is {@code chainShock}. */
    static double draw(RandomGenerator r, Role role, Scale scale, double chainShock) {
        double place = switch (role) {
            case SUPPLIER_1, DISTRIBUTOR_1 -> TIER_1;
            case LOGISTICS -> CARRIER;
            default -> TIER_2;
        };
        double size = switch (scale) {
            case LARGE -> 0.4;
            case MEDIUM -> 0.25;
            case SMALL -> 0;
            case MICRO -> -0.15;
        };
        return place + size + chainShock + OWN_SIGMA * r.nextGaussian();
    }

    /** Anchors are sound core enterprises; the data set has no outcomes for them. */
    static double anchor(RandomGenerator r) {
        return 1.5 + 0.5 * r.nextGaussian();
    }

    /** Invoice mills have no business behind them: a loan to one is rarely repaid. */
    static double shell(RandomGenerator r) {
        return -1.0 + 0.6 * r.nextGaussian();
    }

    static double chainShock(RandomGenerator r) {
        return CHAIN_SIGMA * r.nextGaussian();
    }

    /** Factor on a firm's expected age: weak firms tend to be young ones (most failures come in the first years). */
    static double ageFactor(double h) {
        return Math.exp(0.7 * clamp(h));
    }

    /** Chance of a revoked licence (吊销, mostly for not filing annual reports): about 2 % overall. */
    static double revokedChance(double h) {
        return Math.min(0.4, 0.01 * Math.exp(-1.2 * clamp(h)));
    }

    /** Chance of a voluntary deregistration (注销): only loosely tied to health. */
    static double cancelledChance(double h) {
        return Math.min(0.1, 0.018 * Math.exp(-0.3 * clamp(h)));
    }

    /** Factor on the number of trading partners a firm wins. */
    static double partnerFactor(double h) {
        return Math.exp(0.5 * clamp(h));
    }

    /** Factor on the chance of winning a second anchor as customer or supplier. */
    static double secondAnchorFactor(double h) {
        return Math.exp(0.5 * clamp(h));
    }

    /**
     * Factor on a trading pair's volume, from the weaker side's health: a struggling firm sells and buys less.
     */
    static double volumeFactor(double weaker) {
        return Math.exp(0.8 * clamp(weaker));
    }

    /**
     * Factor on a pair's steadiness (its chance to invoice in a month), from the weaker side's health: near 1 for
     * healthy firms, 0.83 at h = 0, 0.3 at h = −1, so weak firms leave months without invoices and lose stable
     * buyers.
     */
    static double regularity(double weaker) {
        return logistic(1.6 + 2.4 * clamp(weaker));
    }

    /** Chance that the firm's business is shrinking fast in the last months before the as-of date. */
    static double distressChance(double h) {
        return logistic(-2.0 - 1.6 * clamp(h));
    }

    /** Monthly growth of a firm's trade over the window (log scale): healthy firms grow, weak ones shrink. */
    static double growth(double h) {
        return 0.03 * clamp(h);
    }

    /** Factor on the chance of having court records at all. */
    static double litigationFactor(double h) {
        return Math.exp(-0.9 * clamp(h) - 0.4);
    }

    /** Chance that a case is a money-judgement enforcement (执行, 失信, 限高) rather than the usual mix. */
    static double enforcementTilt(double h) {
        return Math.min(0.6, Math.max(0, -0.3 * clamp(h)));
    }

    /** Chance that the firm is the defendant in a civil case that is not about a loan (it sued otherwise). */
    static double suedChance(double h) {
        return logistic(0.4 - 0.8 * clamp(h));
    }

    /**
     * How recent a firm's cases are, as the exponent of a uniform draw of the time before as-of: above 1 for weak
     * firms (their disputes pile up recently), below 1 for healthy ones.
     */
    static double recency(double h) {
        return Math.exp(-0.5 * clamp(h));
    }

    /** Chance of defaulting in the twelve months after the as-of date, given the {@link #defaultIntercept}. */
    static double defaultChance(double h, double intercept) {
        return logistic(intercept - DEFAULT_SLOPE * h);
    }

    /**
     * The intercept at which the expected share of defaults among these healths is {@link #DEFAULT_RATE}. Set per
     * data set rather than fixed, because a few large chains sharing a shock move the average health of a small
     * data set; the default rate of a portfolio is what a lender knows. Newton's method on the mean default chance,
     * which rises monotonically with the intercept.
     */
    static double defaultIntercept(double[] healths) {
        return defaultIntercept(healths, DEFAULT_RATE);
    }

    /** The intercept at which the expected share of defaults among these healths is {@code rate}. */
    static double defaultIntercept(double[] healths, double rate) {
        double intercept = -4.5;
        for (int step = 0; step < 50 && healths.length > 0; step++) {
            double mean = 0;
            double slope = 0;
            for (double h : healths) {
                double p = defaultChance(h, intercept);
                mean += p;
                slope += p * (1 - p);
            }
            double change = (mean - rate * healths.length) / slope;
            intercept -= Math.max(-2, Math.min(2, change));
            if (Math.abs(change) < 1e-9) {
                break;
            }
        }
        return intercept;
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Keeps the effects of extreme draws within reason. */
    private static double clamp(double h) {
        return Math.max(-3, Math.min(3, h));
    }
}
