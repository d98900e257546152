package org.imodel.core.training;

import ai.djl.training.tracker.Tracker;

/** A learning rate the training loop sets between epochs (constant for the reference recipe). */
public final class AdjustableRate implements Tracker {

    private volatile float value;

    /** @param initial the first learning rate */
    public AdjustableRate(double initial) {
        value = (float) initial;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return value;
    }

    /** @return the current learning rate */
    public float get() {
        return value;
    }

    /** @param rate the learning rate for the following steps */
    public void set(double rate) {
        value = (float) rate;
    }
}
