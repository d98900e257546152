package org.imodel.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.index.NDIndex;

/**
 * The gate of iMODEL: the top-k "decomposition" transform followed by a softmax (method notes &sect;4, steps 4
 * and 5), row-wise over the expert axis of {@code [B, E]} logits.
 *
 * <ul>
 * <li>{@code kth} = the k-th largest logit of the row (torch {@code kthvalue(x, E-k+1)}), found by an ascending
 * sort. It only feeds the mask, so no gradient flows through it;</li>
 * <li>{@code mask = x < kth} (strict), so ties with {@code kth} count as top-k;</li>
 * <li>{@code p = softmax(x)}; {@code D = α·ln(1+p)} where the mask is true (non-top) and {@code α·(e^p − 1)} where
 * it is false (top), computed as {@code log(p + 1)} and {@code exp(p) − 1} like the reference;</li>
 * <li>gates = {@code softmax(D)}.</li>
 * </ul>
 */
public final class TopKGate {

    private TopKGate() {
    }

    /**
     * The decomposition transform D.
     *
     * @param logits {@code [B, E]} gate logits
     * @param topK k, 1..E
     * @param alpha &alpha;
     * @return {@code [B, E]} transformed values D
     */
    public static NDArray decompose(NDArray logits, int topK, float alpha) {
        long experts = logits.getShape().get(1);
        if (topK < 1 || topK > experts) {
            throw new IllegalArgumentException("topK must be in 1.." + experts + ", got " + topK);
        }
        long column = experts - topK;
        NDArray kth = logits.sort(1).get(new NDIndex(":, {}:{}", column, column + 1));
        NDArray nonTop = logits.lt(kth);
        NDArray p = logits.softmax(1);
        // α is applied after the selection: the same products as α·ln(1+p) and α·(e^p − 1), one operator less
        return NDArrays.where(nonTop, p.add(1f).log(), p.exp().sub(1f)).mul(alpha);
    }

    /**
     * The gates: {@code softmax(D(logits))}.
     *
     * @param logits {@code [B, E]} gate logits (noisy ones in training)
     * @param topK k, 1..E
     * @param alpha &alpha;
     * @return {@code [B, E]} expert weights, each row summing to 1
     */
    public static NDArray gates(NDArray logits, int topK, float alpha) {
        return decompose(logits, topK, alpha).softmax(1);
    }
}
