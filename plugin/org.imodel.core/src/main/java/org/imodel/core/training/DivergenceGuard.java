package org.imodel.core.training;

import java.util.Locale;
import java.util.Map;

import org.imodel.core.model.NamedArray;

/**
 * What a training run does when its loss stops being finite (a too high learning rate for the data, most often):
 * it goes back to the parameters of the last finished epoch, starts the optimiser afresh and repeats the epoch at
 * half the learning rate. After {@value #MAX_RETRIES} such restarts it gives up with an error that says what to do.
 * A run that never diverges is not affected at all.
 */
final class DivergenceGuard {

    /** Restarts before giving up. */
    static final int MAX_RETRIES = 4;

    private Map<String, NamedArray> lastGood;
    private int lastGoodEpoch;
    private double rateFactor = 1;
    private int retries;
    private String note = "";

    /** @param initial the parameters before the first epoch */
    DivergenceGuard(Map<String, NamedArray> initial) {
        lastGood = initial;
    }

    /**
     * @param epoch the epoch just finished with a finite loss
     * @param parameters its parameters
     */
    void epochFinished(int epoch, Map<String, NamedArray> parameters) {
        lastGood = parameters;
        lastGoodEpoch = epoch;
    }

    /** @return the factor on the schedule's learning rate: 1, halved at every restart */
    double rateFactor() {
        return rateFactor;
    }

    /** @return restarts so far */
    int retries() {
        return retries;
    }

    /** @return a sentence about the last restart, empty before the first */
    String note() {
        return note;
    }

    /**
     * @param epoch the epoch whose loss stopped being finite
     * @param loss the offending loss
     * @return the parameters to go back to
     * @throws IllegalStateException after {@value #MAX_RETRIES} restarts, saying what to do
     */
    Map<String, NamedArray> diverged(int epoch, double loss) {
        if (retries >= MAX_RETRIES) {
            throw new IllegalStateException(String.format(Locale.ROOT, "The training loss became %s in epoch %d even"
                    + " after %d restarts at ever half the learning rate (now %.3g times the set one). Lower the"
                    + " learning rate, or check the training cells for extreme capacity, current or temperature"
                    + " values.", loss, epoch, retries, rateFactor));
        }
        retries++;
        rateFactor /= 2;
        note = String.format(Locale.ROOT, "The training loss became %s in epoch %d; repeating it from %s at half the"
                + " learning rate (restart %d of at most %d)", loss, epoch,
                lastGoodEpoch == 0 ? "the initial parameters" : "the parameters of epoch " + lastGoodEpoch, retries,
                MAX_RETRIES);
        return lastGood;
    }
}
