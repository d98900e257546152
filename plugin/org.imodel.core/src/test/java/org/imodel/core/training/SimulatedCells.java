package org.imodel.core.training;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationSettings;

/** Small simulated data sets for fast training tests (no shared folder needed). */
public final class SimulatedCells {

    private static List<CycleRecord> rows;

    private SimulatedCells() {
    }

    /** @return 5 simulated cells (SIM-001 .. SIM-005) of 60 cycles, seed 7 */
    public static synchronized List<CycleRecord> rows() {
        if (rows == null) {
            rows = List.copyOf(new CellSimulator(SimulationSettings.builder().cells(5).cyclesPerCell(60).seed(7)
                    .build()).simulate());
        }
        return rows;
    }

    /** Training cells. */
    public static final List<String> TRAIN = List.of("SIM-001", "SIM-002", "SIM-003");
    /** Validation cells. */
    public static final List<String> VALIDATION = List.of("SIM-004");
    /** Test cells. */
    public static final List<String> TEST = List.of("SIM-005");

    /** @return quick settings: horizon 10, a few epochs, the recommended recipe */
    public static TrainingSettings quick(int epochs) {
        return TrainingSettings.defaults(10, Recipe.RECOMMENDED).withEpochs(epochs).withSeed(11);
    }
}
