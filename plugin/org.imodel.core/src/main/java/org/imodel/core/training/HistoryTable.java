package org.imodel.core.training;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/** The learner's training-history table: one row per training epoch (of each ensemble member). */
public final class HistoryTable {

    /** Training-history columns, in order. */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("epoch", ColumnType.INT, "Epoch (1-based)."),
            new ColumnDef("train_loss", ColumnType.DOUBLE, "Mean training loss (MSE + diversity term)."),
            new ColumnDef("validation_loss", ColumnType.DOUBLE, "Validation criterion of the recipe."),
            new ColumnDef("validation_mse", ColumnType.DOUBLE, "Validation mean squared error (Ah^2)."),
            new ColumnDef("diversity", ColumnType.DOUBLE, "Gate-balance term cv^2 of the summed gates."),
            new ColumnDef("best", ColumnType.STRING, "true for the epoch whose parameters were kept."),
            new ColumnDef("seconds", ColumnType.DOUBLE, "Wall time of the epoch (s)."),
            new ColumnDef("member", ColumnType.INT, "Ensemble member the epoch belongs to (0-based; 0 for a single"
                    + " model)."));

    private HistoryTable() {
    }

    /**
     * @param s one epoch
     * @param member the ensemble member it belongs to (0 for a single model)
     * @return its row in {@link #COLUMNS} order
     */
    public static Object[] values(EpochStats s, int member) {
        return new Object[] {s.epoch(), s.trainLoss(), s.validationLoss(), s.validationMse(), s.diversity(),
            Boolean.toString(s.best()), s.seconds(), member};
    }

    /**
     * @param histories each member's epochs, in member order
     * @return their rows in {@link #COLUMNS} order, member after member
     */
    public static List<Object[]> rows(List<List<EpochStats>> histories) {
        List<Object[]> rows = new ArrayList<>();
        for (int m = 0; m < histories.size(); m++) {
            for (EpochStats s : histories.get(m)) {
                rows.add(values(s, m));
            }
        }
        return rows;
    }
}
