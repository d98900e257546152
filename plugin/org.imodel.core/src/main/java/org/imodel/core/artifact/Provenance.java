package org.imodel.core.artifact;

import java.util.List;
import java.util.Map;

/**
 * Where a model came from: enough to reproduce it and to judge it.
 *
 * @param recipe training recipe ("reference", "recommended" or "imported-reference")
 * @param seed random seed
 * @param epochs epochs run
 * @param bestEpoch epoch whose parameters were kept (1-based; 0 when not trained here)
 * @param trainCells training cell ids
 * @param validationCells validation cell ids
 * @param dataFingerprint SHA-256 over the training rows used (cell, cycle, capacity, currents, temperature, curves)
 * @param versions library versions (imodel, djl, pytorch, java)
 * @param validationMetrics metrics on the validation cells (pooled_rmse, pooled_mape, ...)
 * @param created creation time, ISO-8601
 * @param training the training settings beyond recipe and seed (learning_rate, schedule, batch_size, max_epochs,
 *        patience); empty for imported parameters and for files written before they were recorded
 */
public record Provenance(String recipe, long seed, int epochs, int bestEpoch, List<String> trainCells,
        List<String> validationCells, String dataFingerprint, Map<String, String> versions,
        Map<String, Double> validationMetrics, String created, Map<String, String> training) {

    /** Copies the collections. */
    public Provenance {
        trainCells = List.copyOf(trainCells);
        validationCells = List.copyOf(validationCells);
        versions = Map.copyOf(versions);
        validationMetrics = Map.copyOf(validationMetrics);
        training = Map.copyOf(training);
    }
}
