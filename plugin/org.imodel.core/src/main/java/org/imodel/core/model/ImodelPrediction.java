package org.imodel.core.model;

/**
 * Output of {@link ImodelNetwork#predict}: one row per window, in input order.
 *
 * @param predictions {@code [N][P]} forecast capacities (in the unit of the training targets, Ah for the
 *        published data)
 * @param gates {@code [N][E]} expert weights (rows sum to 1)
 * @param logits {@code [N][E]} gate logits (no noise: inference runs in evaluation mode)
 */
public record ImodelPrediction(float[][] predictions, float[][] gates, float[][] logits) {

    /** @return number of windows */
    public int size() {
        return predictions.length;
    }
}
