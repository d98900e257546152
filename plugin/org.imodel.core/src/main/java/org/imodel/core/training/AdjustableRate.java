package org.imodel.core.training;

import ai.djl.training.tracker.Tracker;

/** A learning rate the training loop sets between epochs (constant for the reference recipe). */
final class AdjustableRate implements Tracker {

    private volatile float value;

    AdjustableRate(double initial) {
        value = (float) initial;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return value;
    }

    float get() {
        return value;
    }

    void set(double rate) {
        value = (float) rate;
    }
}
