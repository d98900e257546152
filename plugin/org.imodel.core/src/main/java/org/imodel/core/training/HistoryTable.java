package org.imodel.core.training;

import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/** The learner's training-history table: one row per training epoch. */
public final class HistoryTable {

    /** Training-history columns, in order. */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("epoch", ColumnType.INT, "Epoch (1-based)."),
            new ColumnDef("train_loss", ColumnType.DOUBLE, "Mean training loss (MSE + diversity term)."),
            new ColumnDef("validation_loss", ColumnType.DOUBLE, "Validation criterion of the recipe."),
            new ColumnDef("validation_mse", ColumnType.DOUBLE, "Validation mean squared error (Ah^2)."),
            new ColumnDef("diversity", ColumnType.DOUBLE, "Gate-balance term cv^2 of the summed gates."),
            new ColumnDef("best", ColumnType.STRING, "true for the epoch whose parameters were kept."),
            new ColumnDef("seconds", ColumnType.DOUBLE, "Wall time of the epoch (s)."));

    private HistoryTable() {
    }

    /**
     * @param s one epoch
     * @return its row in {@link #COLUMNS} order
     */
    public static Object[] values(EpochStats s) {
        return new Object[] {s.epoch(), s.trainLoss(), s.validationLoss(), s.validationMse(), s.diversity(),
            Boolean.toString(s.best()), s.seconds()};
    }
}
