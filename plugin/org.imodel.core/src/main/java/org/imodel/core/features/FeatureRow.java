package org.imodel.core.features;

/**
 * The features of one cycle (one row of the per-cycle table).
 *
 * @param cellId cell id of the row
 * @param cycle cycle number of the row
 * @param ci the capacity-increment curve after SOC trimming and re-gridding (Ah; {@code gridPoints} values, the
 *        first {@code trimPoints} of them 0): the expert input of the model
 * @param features the feature vector in {@link FeatureSettings#featureNames()} order: relaxation statistics in
 *        V (variance V&sup2;), CI mean, max and CI-at-voltage in Ah, CI variance in Ah&sup2;, skewness and kurtosis
 *        without unit, rise voltage in V; NaN where the reference gives NaN
 */
public record FeatureRow(String cellId, int cycle, double[] ci, double[] features) {
}
