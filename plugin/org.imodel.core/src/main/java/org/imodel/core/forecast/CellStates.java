package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.FeatureExtractor;
import org.imodel.core.features.FeatureRow;

/**
 * Cell states from per-cycle rows: per cell the latest cycle (its last row in file order) or a chosen cycle, with
 * the features the model's spec asks for. A cell whose chosen cycle lacks what the model needs (a curve of the
 * right length, a relaxation trace when the model uses relaxation features, finite features) is an error naming
 * the cell and cycle.
 */
public final class CellStates {

    /** Pick the latest cycle of each cell. */
    public static final int LATEST = Integer.MIN_VALUE;

    private CellStates() {
    }

    /**
     * @param rows per-cycle rows of one or more cells (a cell's rows in file order)
     * @param spec the model's spec (feature settings and names)
     * @param cycle the cycle to start from, or {@link #LATEST}
     * @param nominalAh nominal capacity (Ah) for every cell, or NaN to use each cell's first-cycle capacity
     * @return one state per cell, in order of first appearance
     * @throws IllegalArgumentException naming a cell that lacks the chosen cycle, a curve, a relaxation trace or a
     *         finite feature
     */
    public static List<CellState> of(List<CycleRecord> rows, ModelSpec spec, int cycle, double nominalAh) {
        if (!Double.isNaN(nominalAh) && !(nominalAh > 0 && Double.isFinite(nominalAh))) {
            throw new IllegalArgumentException("The nominal capacity must be a positive number of Ah; got "
                    + nominalAh);
        }
        Map<String, List<CycleRecord>> cells = new LinkedHashMap<>();
        for (CycleRecord r : rows) {
            cells.computeIfAbsent(r.cellId(), k -> new ArrayList<>()).add(r);
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("The table has no cells to forecast");
        }
        FeatureExtractor extractor = new FeatureExtractor(spec.features());
        List<CellState> out = new ArrayList<>(cells.size());
        for (List<CycleRecord> cell : cells.values()) {
            CycleRecord at = row(cell, cycle);
            double nominal = Double.isNaN(nominalAh) ? cell.get(0).dischargeCapacity() : nominalAh;
            out.add(state(extractor, spec, at, nominal));
        }
        return out;
    }

    /**
     * @param extractor feature extractor of the model's settings
     * @param spec the model's spec
     * @param r the row of the state's cycle
     * @param nominalAh the capacity SOH refers to (NaN when unknown)
     * @return the state
     * @throws IllegalArgumentException naming the cell when the row lacks what the model needs
     */
    public static CellState state(FeatureExtractor extractor, ModelSpec spec, CycleRecord r, double nominalAh) {
        String where = "Cell " + r.cellId() + ", cycle " + r.cycle();
        if (r.ci() == null || r.ci().length == 0) {
            throw new IllegalArgumentException(where + " has no partial-charge curve (ci_capacity_ah); the model needs"
                    + " one. Choose a cycle with a curve.");
        }
        if (spec.features().relaxationFeatures() && (r.relaxationVoltage() == null
                || r.relaxationVoltage().length == 0)) {
            throw new IllegalArgumentException(where + " has no relaxation voltage trace (relaxation_voltage_volt);"
                    + " the model's features need one. Choose a cycle with a relaxation trace.");
        }
        FeatureRow f = extractor.extract(r);
        for (int i = 0; i < f.features().length; i++) {
            if (!Double.isFinite(f.features()[i])) {
                throw new IllegalArgumentException(where + ": the feature " + spec.featureNames().get(i)
                        + " cannot be computed (NaN) from its curve and relaxation trace, so the model cannot forecast"
                        + " from it. Choose another cycle.");
            }
        }
        return new CellState(r.cellId(), r.cycle(), f.ci(), f.features(), r.dischargeCapacity(),
                nominalAh > 0 ? nominalAh : Double.NaN);
    }

    /**
     * @param cell the rows of one cell, in file order
     * @param cycle the cycle to start from, or {@link #LATEST}
     * @return the row a state of that cycle is made from: the cell's last row, or its (last) row of that cycle
     * @throws IllegalArgumentException naming the cell and its range of cycles when it has no such cycle
     */
    public static CycleRecord row(List<CycleRecord> cell, int cycle) {
        if (cycle == LATEST) {
            return cell.get(cell.size() - 1);
        }
        CycleRecord found = null;
        for (CycleRecord r : cell) {
            if (r.cycle() == cycle) {
                found = r;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("Cell " + cell.get(0).cellId() + " has no cycle " + cycle + " (its rows"
                    + " run from cycle " + cell.get(0).cycle() + " to " + cell.get(cell.size() - 1).cycle()
                    + "). Choose a cycle it has, or the latest.");
        }
        return found;
    }
}
