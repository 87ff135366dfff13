package dev.anchorgraph.analytics.fit;

/**
 * Turns log-odds into scorecard points, the standard scaling: a score of {@code baseScore} means odds of
 * {@code baseOdds} good firms to one bad, and every {@code pdo} points more double the odds.
 *
 * <pre>
 *   factor = PDO / ln 2          offset = baseScore − factor × ln(baseOdds)
 *   score  = offset + factor × ln(odds),   odds = P(good) / P(bad)
 *   with the regression ln(odds) = −(α + Σ βⱼ WoEⱼ), over n features:
 *   points per bin = −(βⱼ × WoE + α/n) × factor + offset/n
 * </pre>
 *
 * The model file folds the constant parts into its {@code base}: {@code base = offset − α × factor} and a bin earns
 * {@code −βⱼ × WoE × factor} (the same total), so a bin's points say how far it moves a firm from the average: WoE 0
 * (the bin's odds equal the whole population's) earns 0, and the reasons keep their sign.
 *
 * <p>PD of a score: {@code 1 / (1 + odds)}, {@code odds = exp((score − offset) / factor)}. The score at which the PD
 * is p: {@code offset + factor × ln((1 − p) / p)}; a tier whose PD must not exceed p starts at the next whole score.
 *
 * <p>Defaults: 500 points at 50:1 (a PD of about 2 %), 40 points to double the odds: scores mostly between 300 and
 * 700 for the generator's populations, and the tiers A ≤ 1 %, B ≤ 3 %, C ≤ 8 % fall near 540, 475 and 416.
 */
record PointsScaling(double baseScore, double baseOdds, double pdo) {

    static final PointsScaling DEFAULT = new PointsScaling(500, 50, 40);

    double factor() {
        return pdo / Math.log(2);
    }

    double offset() {
        return baseScore - factor() * Math.log(baseOdds);
    }

    /** The model's base points: the offset plus the intercept's share. */
    double base(double intercept) {
        return offset() - intercept * factor();
    }

    /** Points for a bin of a feature with coefficient β. */
    double points(double beta, double woe) {
        return -beta * woe * factor();
    }

    /** The textbook points of a bin with the constants spread over n features (what {@link #points} plus base/n is). */
    double spreadPoints(double beta, double woe, double intercept, int n) {
        return -(beta * woe + intercept / n) * factor() + offset() / n;
    }

    double pd(double score) {
        return 1 / (1 + Math.exp((score - offset()) / factor()));
    }

    /** The lowest whole score whose PD does not exceed {@code pd}. */
    int minScoreFor(double pd) {
        return (int) Math.ceil(offset() + factor() * Math.log((1 - pd) / pd) - 1e-9);
    }
}
