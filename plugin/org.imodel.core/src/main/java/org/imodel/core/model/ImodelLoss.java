package org.imodel.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The iMODEL training loss (method notes &sect;5): {@code MSE(pred, target) + w·cv²(importance)}, where the MSE is
 * the mean over all B&middot;P entries, {@code importance} is the per-expert sum of the gates over the batch and
 * {@code cv²(x) = var(x) / (mean(x)² + 1e-10)} with the <em>unbiased</em> variance (divide by E&minus;1, as torch's
 * {@code var()}); cv&sup2; is 0 when there is one expert.
 *
 * <p>Labels: {@code NDList(target [B, P])}; predictions: the output of {@link ImodelBlock}
 * ({@code predictions, gates, ...}).
 */
public final class ImodelLoss extends Loss {

    private static final float CV_EPSILON = 1e-10f;

    private final float diversityWeight;

    /** @param diversityWeight weight w of the cv&sup2; term (reference 0.5) */
    public ImodelLoss(double diversityWeight) {
        super("imodel_loss");
        if (!(diversityWeight >= 0) || Double.isInfinite(diversityWeight)) {
            throw new IllegalArgumentException("diversityWeight must be finite and >= 0, got " + diversityWeight);
        }
        this.diversityWeight = (float) diversityWeight;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray target = labels.head();
        NDArray mse = predictions.get(0).sub(target).square().mean();
        if (diversityWeight == 0) {
            return mse;
        }
        return mse.add(cvSquared(predictions.get(1).sum(new int[] {0})).mul(diversityWeight));
    }

    /**
     * @param importance {@code [E]} summed gates
     * @return cv&sup2; as a scalar array (0 for E = 1)
     */
    public static NDArray cvSquared(NDArray importance) {
        long n = importance.size();
        if (n < 2) {
            return importance.getManager().zeros(new ai.djl.ndarray.types.Shape(), importance.getDataType());
        }
        NDArray mean = importance.mean();
        NDArray variance = importance.sub(mean).square().sum().div(n - 1);
        return variance.div(mean.square().add(CV_EPSILON));
    }
}
