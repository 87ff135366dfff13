package dev.anchorgraph.analytics.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /**
     * One binary column. x = 0: 1 bad of 4; x = 1: 3 bad of 4. Unpenalised, the fit reproduces each group's log-odds:
     * α = ln(1/3) = −1.098612, α + β = ln(3/1), so β = 2 ln 3 = 2.197225.
     */
    private static final double[][] X = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};

    private static final boolean[] Y = {true, false, false, false, true, true, true, false};

    @Test
    void withoutPenaltyTheFitReproducesEachGroupsLogOdds() {
        var fit = new LogisticRegression(X, Y, 0).run();

        assertThat(fit.converged()).isTrue();
        assertThat(fit.intercept()).isCloseTo(-1.098612, within(1e-6));
        assertThat(fit.coefficients()[0]).isCloseTo(2.197225, within(1e-6));
        assertThat(fit.probability(new double[] {1})).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void thePenaltyShrinksTheCoefficientButNotTheIntercept() {
        var fit = new LogisticRegression(X, Y, 1.0).run();

        assertThat(fit.converged()).isTrue();
        assertThat(fit.coefficients()[0]).isBetween(0.5, 2.0);
        // the intercept is free: predicted bads still add up to the observed 4
        double predicted = 4 * fit.probability(new double[] {0}) + 4 * fit.probability(new double[] {1});
        assertThat(predicted).isCloseTo(4, within(1e-6));
    }

    @Test
    void noFirmsGiveAZeroModel() {
        var fit = new LogisticRegression(new double[0][0], new boolean[0], 1.0).run();

        assertThat(fit.converged()).isTrue();
        assertThat(fit.intercept()).isZero();
        assertThat(fit.coefficients()).isEmpty();
    }
}
