package org.imodel.core.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/**
 * The paper's polynomial baseline ({@code PolynomialFeatures.ipynb}, imodel-method.md &sect;7): for every start
 * {@code s = 0 .. N - H - P} of a cell of N rows, a cubic least-squares fit of the capacities of rows
 * {@code s .. s+H-1} (Ah) against the row index, evaluated at rows {@code s+H .. s+H+P-1}; H = P = 50 as published.
 * Cells with fewer than H + P rows have no window and are listed as skipped.
 *
 * <p>Numerics. The notebook fits against the absolute row index x (up to about 1000, so x&sup3; about 1e9) with
 * sklearn's {@code LinearRegression}, which centres the columns and solves by an SVD: its answer is the exact
 * least-squares cubic to about 1e-6 relative. Solving the unscaled normal equations in double instead changes the
 * per-file MAPE by up to 0.4 points on the long files. A cubic in x is a cubic in any shifted and scaled x, and the
 * fitted values do not depend on the basis, so the fit here uses u = (x - mean(x)) / half-range: centring makes u
 * the same for every window (x - mean(x) = i - (H-1)/2 exactly, for i = 0..H-1), so one Householder QR of the
 * well-conditioned H&times;4 design [1, u, u&sup2;, u&sup3;] serves all windows in double precision.
 */
public final class PolynomialBaseline {

    /** Method label in outputs. */
    public static final String METHOD = "polynomial";

    /** Capacities the notebook fits (H). */
    public static final int DEFAULT_HISTORY = 50;

    /** Capacities the notebook predicts (P). */
    public static final int DEFAULT_HORIZON = 50;

    /** Degree of the polynomial. */
    public static final int DEGREE = 3;

    private final int history;
    private final int horizon;
    private final DecompositionSolver solver;
    private final double[][] forecastBasis;

    /**
     * @param history H, the capacities fitted (at least 4 for a cubic)
     * @param horizon P, the capacities predicted (at least 1)
     * @throws IllegalArgumentException when out of range
     */
    public PolynomialBaseline(int history, int horizon) {
        if (history < DEGREE + 1) {
            throw new IllegalArgumentException("the history must hold at least " + (DEGREE + 1) + " capacities for a"
                    + " cubic fit, got " + history);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon must be at least 1 cycle, got " + horizon);
        }
        this.history = history;
        this.horizon = horizon;
        double centre = (history - 1) / 2.0;
        double[][] fit = new double[history][];
        for (int i = 0; i < history; i++) {
            fit[i] = basis((i - centre) / centre);
        }
        forecastBasis = new double[horizon][];
        for (int t = 0; t < horizon; t++) {
            forecastBasis[t] = basis((history + t - centre) / centre);
        }
        solver = new QRDecomposition(new Array2DRowRealMatrix(fit, false)).getSolver();
    }

    /** @return H */
    public int history() {
        return history;
    }

    /** @return P */
    public int horizon() {
        return horizon;
    }

    /** @return the rows a cell needs for one window: H + P */
    public int minimumRows() {
        return history + horizon;
    }

    /**
     * @param capacityAh a cell's capacities
     * @param start first fitted row
     * @return the cubic fitted to rows {@code start .. start+H-1}, at rows {@code start+H .. start+H+P-1}
     */
    public double[] predict(double[] capacityAh, int start) {
        RealVector beta = solver.solve(new ArrayRealVector(capacityAh, start, history));
        double[] out = new double[horizon];
        for (int t = 0; t < horizon; t++) {
            double v = 0;
            for (int k = 0; k <= DEGREE; k++) {
                v += forecastBasis[t][k] * beta.getEntry(k);
            }
            out[t] = v;
        }
        return out;
    }

    /**
     * Every window of every cell.
     *
     * @param cells the cells
     * @param progress progress per cell; cancellation between cells
     * @return forecasts and per-cell errors; cells shorter than H + P rows are listed as skipped
     * @throws CancelledException when cancelled
     */
    public BaselineResult run(List<CellSeries> cells, Progress progress) throws CancelledException {
        List<BaselineForecast> all = new ArrayList<>();
        List<CellScore> scores = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            progress.checkCancelled();
            CellSeries cell = cells.get(c);
            progress.report(c / (double) cells.size(), "Polynomial baseline: " + cell.cellId() + " (" + (c + 1)
                    + " of " + cells.size() + ")");
            int n = cell.rows();
            if (n < minimumRows()) {
                scores.add(CellScore.skipped(cell, String.format(Locale.ROOT, "skipped: %d rows, fewer than the %d"
                        + " (%d fitted + %d predicted) one window needs", n, minimumRows(), history, horizon)));
                continue;
            }
            List<BaselineForecast> windows = new ArrayList<>();
            for (int s = 0; s + minimumRows() <= n; s++) {
                int first = s + history;
                double[] target = Arrays.copyOfRange(cell.capacityAh(), first, first + horizon);
                windows.add(new BaselineForecast(cell.cellId(), first, cell.cycles()[first],
                        predict(cell.capacityAh(), s), target));
            }
            all.addAll(windows);
            scores.add(CellScore.of(cell, windows));
        }
        progress.report(1, "Polynomial baseline: " + all.size() + " windows of " + cells.size() + " cell(s)");
        return new BaselineResult(METHOD, all, scores);
    }

    private static double[] basis(double u) {
        return new double[] {1, u, u * u, u * u * u};
    }
}
