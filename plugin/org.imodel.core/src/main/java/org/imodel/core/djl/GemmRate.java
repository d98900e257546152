package org.imodel.core.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The engine's single-precision matrix-product rate on the calling thread: the best of a few timed runs of square
 * {@code n x n} products. It is the practical ceiling of any network whose cost is matrix products (an LSTM at a
 * batch of a few hundred), and lets a benchmark say how close a forward pass runs to what this machine's core can
 * do at all.
 */
public final class GemmRate {

    private static final int RUNS = 5;

    private GemmRate() {
    }

    /**
     * @param n matrix size (e.g. 1024)
     * @param productsPerRun products per timed run
     * @return floating-point operations per second, {@code 2 n^3} per product, best of {@value #RUNS} runs after one
     *         untimed run
     */
    public static double flopsPerSecond(int n, int productsPerRun) {
        if (n < 1 || productsPerRun < 1) {
            throw new IllegalArgumentException("n and productsPerRun must be at least 1, got " + n + ", "
                    + productsPerRun);
        }
        return DjlRuntime.call(() -> {
            try (NDManager manager = DjlRuntime.newManager()) {
                NDArray a = manager.randomUniform(-1f, 1f, new Shape(n, n));
                NDArray b = manager.randomUniform(-1f, 1f, new Shape(n, n));
                double best = Double.POSITIVE_INFINITY;
                for (int run = 0; run <= RUNS; run++) {
                    long start = System.nanoTime();
                    for (int k = 0; k < productsPerRun; k++) {
                        try (NDManager scope = manager.newSubManager()) {
                            a.matMul(b).attach(scope);
                        }
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (run > 0) {
                        best = Math.min(best, seconds);
                    }
                }
                return productsPerRun * 2.0 * n * n * n / best;
            }
        });
    }
}
