package org.imodel.core.interpret;

/**
 * What one expert stands for: the windows it dominates and its prototype trend.
 *
 * @param expert expert index (0-based)
 * @param windows windows it dominates
 * @param share share of all windows with gates that it dominates
 * @param capacityMinAh smallest start capacity of those windows (NaN when it dominates none)
 * @param capacityMaxAh largest start capacity of those windows
 * @param lifeMin earliest life position of those windows
 * @param lifeMax latest life position of those windows
 * @param meanGate its mean weight over all windows with gates
 * @param prototype its output on the mean capacity-increment curve of the windows it dominates: the trend (P values)
 *        it feeds to the BiLSTM for a typical window of its own; empty when it dominates none
 */
public record ExpertProfile(int expert, int windows, double share, double capacityMinAh, double capacityMaxAh,
        double lifeMin, double lifeMax, double meanGate, float[] prototype) {
}
