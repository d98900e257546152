package org.imodel.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Turns libtorch's gradient recording on or off on the calling thread and restores it on close. Grad mode is
 * thread-local in libtorch and on by default on every thread except the one that started the engine, so inference
 * on any other thread would otherwise build autograd graphs for parameters that require gradients, and training on
 * the engine's own thread would record nothing. Because it is per thread, trainings in different threads each set
 * their own mode without a global lock (DJL's gradient collector, by contrast, allows one per JVM).
 */
public final class GradMode implements AutoCloseable {

    private final boolean previous;

    private GradMode(boolean enabled) {
        previous = JniUtils.isGradMode();
        if (previous != enabled) {
            JniUtils.setGradMode(enabled);
        }
    }

    /** @return a scope without gradient recording on this thread */
    public static GradMode disabled() {
        return new GradMode(false);
    }

    /** @return a scope with gradient recording on this thread (for training) */
    public static GradMode enabled() {
        return new GradMode(true);
    }

    /**
     * Gradients of a scalar loss into the parameters' {@code grad}, on the calling thread: libtorch's backward with
     * a seed gradient of ones and the graph freed, as DJL's {@code PtGradientCollector.backward} does (which allows
     * one collector per JVM). Call it inside an {@link #enabled()} scope; the optimiser's step zeroes the gradients.
     *
     * @param loss a scalar loss computed with recording on
     */
    public static void backward(NDArray loss) {
        JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
    }

    @Override
    public void close() {
        if (JniUtils.isGradMode() != previous) {
            JniUtils.setGradMode(previous);
        }
    }
}
