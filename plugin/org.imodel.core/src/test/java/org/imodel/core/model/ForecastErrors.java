package org.imodel.core.model;

/**
 * Test-set error metrics as the reference computes them (method notes &sect;6): pooled over all N&middot;P points
 * in double from the float32 values, and the test()-style unweighted mean over batches of 32.
 */
record ForecastErrors(double pooledRmse, double pooledMae, double pooledMapePercent, double batchRmse,
        double batchMapePercent) {

    static ForecastErrors of(float[][] predictions, float[][] targets, int batchSize) {
        double se = 0;
        double ae = 0;
        double ape = 0;
        long n = 0;
        double batchRmseSum = 0;
        double batchMapeSum = 0;
        int batches = 0;
        for (int from = 0; from < predictions.length; from += batchSize) {
            int to = Math.min(predictions.length, from + batchSize);
            double bse = 0;
            double bape = 0;
            long bn = 0;
            for (int i = from; i < to; i++) {
                for (int t = 0; t < predictions[i].length; t++) {
                    double e = (double) predictions[i][t] - targets[i][t];
                    double rel = Math.abs(e) / Math.abs((double) targets[i][t]);
                    se += e * e;
                    ae += Math.abs(e);
                    ape += rel;
                    n++;
                    bse += e * e;
                    bape += rel;
                    bn++;
                }
            }
            batchRmseSum += Math.sqrt(bse / bn);
            batchMapeSum += 100 * bape / bn;
            batches++;
        }
        return new ForecastErrors(Math.sqrt(se / n), ae / n, 100 * ape / n, batchRmseSum / batches,
                batchMapeSum / batches);
    }
}
