package org.imodel.core.training;

/**
 * What one training epoch gave.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean over the epoch's training batches of the training loss (MSE + diversity&middot;cv&sup2;,
 *        with gate noise), as the reference prints it
 * @param validationLoss the early-stopping criterion of the recipe on the validation windows: for
 *        {@link Recipe#REFERENCE} the unweighted mean over shuffled batches of 32 of MSE + diversity&middot;cv&sup2;
 *        (evaluation mode); for {@link Recipe#RECOMMENDED} the pooled validation MSE
 * @param validationMse MSE over all validation windows and steps (Ah&sup2;; evaluation mode, independent of batch
 *        order)
 * @param diversity mean cv&sup2; of the summed gates over the validation batches (without the weight)
 * @param best true when this epoch improved the criterion, so its parameters are the ones kept (so far)
 * @param seconds wall time of the epoch, training and validation
 */
public record EpochStats(int epoch, double trainLoss, double validationLoss, double validationMse,
        double diversity, boolean best, double seconds) {
}
