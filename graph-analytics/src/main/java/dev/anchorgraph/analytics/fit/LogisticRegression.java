package dev.anchorgraph.analytics.fit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * L2-regularised logistic regression of "defaulted" on the features' WoE values, fitted by Newton's method
 * (iteratively reweighted least squares):
 *
 * <pre>
 *   P(bad | x) = 1 / (1 + exp(−(α + Σ βⱼ xⱼ)))
 *   maximise   Σᵢ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)] − (λ/2) Σⱼ βⱼ²        (α is not penalised)
 *   step       (XᵀWX + λI′) δ = Xᵀ(y − p) − λβ′,  W = diag(pᵢ(1 − pᵢ))
 * </pre>
 *
 * With WoE inputs (WoE = ln(%good/%bad), higher = safer) each βⱼ is expected near −1; the penalty (default λ = 1,
 * mild against thousands of firms) shrinks weak or collinear features and keeps the Newton step solvable when two
 * columns nearly coincide. Stops when no coefficient moves by more than 1e-9, or after 100 iterations. The linear
 * algebra is Apache Commons Math (LU decomposition). Cost O(iterations × (n f² + f³)); deterministic.
 */
final class LogisticRegression {

    static final double DEFAULT_L2 = 1.0;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    /** @param coefficients one per column of x, in order */
    record Fit(double intercept, double[] coefficients, int iterations, boolean converged) {

        double probability(double[] row) {
            double z = intercept;
            for (int j = 0; j < row.length; j++) {
                z += coefficients[j] * row[j];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private final double[][] x;
    private final boolean[] y;
    private final double l2;

    /** @param x one row per firm, one column per feature; y whether each firm defaulted */
    LogisticRegression(double[][] x, boolean[] y, double l2) {
        this.x = x;
        this.y = y;
        this.l2 = l2;
    }

    Fit run() {
        int n = x.length;
        int f = n == 0 ? 0 : x[0].length;
        var beta = new double[f + 1];
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            var hessian = new double[f + 1][f + 1];
            var gradient = new double[f + 1];
            for (int i = 0; i < n; i++) {
                var row = row(i, f);
                double z = 0;
                for (int j = 0; j <= f; j++) {
                    z += beta[j] * row[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double w = Math.max(p * (1 - p), 1e-12);
                double residual = (y[i] ? 1 : 0) - p;
                for (int j = 0; j <= f; j++) {
                    gradient[j] += residual * row[j];
                    for (int k = 0; k <= f; k++) {
                        hessian[j][k] += w * row[j] * row[k];
                    }
                }
            }
            hessian[0][0] += 1e-9;
            for (int j = 1; j <= f; j++) {
                hessian[j][j] += l2;
                gradient[j] -= l2 * beta[j];
            }
            var step = new LUDecomposition(new Array2DRowRealMatrix(hessian, false))
                    .getSolver()
                    .solve(new ArrayRealVector(gradient, false))
                    .toArray();
            double largest = 0;
            for (int j = 0; j <= f; j++) {
                beta[j] += step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < TOLERANCE) {
                return fit(beta, iteration, true);
            }
        }
        return fit(beta, MAX_ITERATIONS, false);
    }

    private double[] row(int i, int f) {
        var row = new double[f + 1];
        row[0] = 1;
        System.arraycopy(x[i], 0, row, 1, f);
        return row;
    }

    private static Fit fit(double[] beta, int iterations, boolean converged) {
        var coefficients = new double[beta.length - 1];
        System.arraycopy(beta, 1, coefficients, 0, coefficients.length);
        return new Fit(beta[0], coefficients, iterations, converged);
    }
}
