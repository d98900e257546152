package org.imodel.core.model;

import java.util.Random;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The standard-normal samples that perturb the gate logits in training ({@link ImodelBlock}'s fourth input), drawn
 * from a generator that belongs to one training run. libtorch has one global CPU generator per process: trainings
 * running in parallel threads that drew from it would interleave their draws, so a run's noise (and result) would
 * depend on the other runs' timing. With one {@code GateNoise} per run, a seed fixes the noise whatever else runs in
 * the JVM. {@code java.util.Random} is used because its Gaussian sequence is specified exactly (same values on every
 * JVM). Not thread-safe: one instance per training.
 */
public final class GateNoise {

    /** Mixed into the seed so the noise stream differs from a {@code Random(seed)} used for shuffling. */
    private static final long STREAM = 0x6a09e667f3bcc909L;

    private final Random random;

    /** @param seed the training run's seed */
    public GateNoise(long seed) {
        random = new Random(seed ^ STREAM);
    }

    /**
     * @param manager manager of the new array (close it with the batch)
     * @param batch B
     * @param experts E
     * @return {@code [B, E]} independent N(0, 1) samples (float32)
     */
    public NDArray sample(NDManager manager, int batch, int experts) {
        float[] z = new float[batch * experts];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        return manager.create(z, new Shape(batch, experts));
    }
}
