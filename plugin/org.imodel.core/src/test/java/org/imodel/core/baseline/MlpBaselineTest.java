package org.imodel.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

/** The MLP-history baseline on simulated cells: windows, training, reproducibility, refusals, cancellation. */
class MlpBaselineTest {

    private static final List<CycleRecord> ROWS = new CellSimulator(SimulationSettings.defaults().toBuilder()
            .cells(4).cyclesPerCell(150).seed(5).build()).simulate();

    private static BaselineSettings settings(int epochs) {
        return BaselineSettings.defaults(BaselineMethod.MLP).withCells(List.of("SIM-004"))
                .withSplit(List.of("SIM-001", "SIM-002"), List.of("SIM-003")).withTraining(epochs, 42);
    }

    @Test
    void forecastsEveryWindowOfTheTestCellFromItsPreviousTenCapacities() throws Exception {
        BaselineResult r = Baselines.run(ROWS, settings(2), Progress.NONE);
        assertEquals("mlp", r.method());
        assertEquals(150 - 110 + 1, r.forecasts().size());
        double[] capacity = CellSeries.of(ROWS).get(3).capacityAh();
        for (int w = 0; w < r.forecasts().size(); w++) {
            BaselineForecast f = r.forecasts().get(w);
            assertEquals("SIM-004", f.cellId());
            assertEquals(w + 10, f.startRow(), "the window reads rows w..w+9 and predicts from row w+10");
            assertEquals(100, f.predicted().length);
            for (int t = 0; t < 100; t++) {
                assertEquals((float) capacity[w + 10 + t], f.target()[t], 0.0);
                assertTrue(Double.isFinite(f.predicted()[t]));
            }
        }
        assertEquals(1, r.scored().size());
    }

    @Test
    void trainingLowersTheTestErrorAndTheSameSeedGivesTheSameForecasts() throws Exception {
        BaselineResult short1 = Baselines.run(ROWS, settings(1), Progress.NONE);
        BaselineResult longer = Baselines.run(ROWS, settings(60), Progress.NONE);
        BaselineResult again = Baselines.run(ROWS, settings(60), Progress.NONE);
        assertTrue(longer.pooledRmseAh() < 0.8 * short1.pooledRmseAh(),
                "RMSE after 60 epochs " + longer.pooledRmseAh() + ", after 1 " + short1.pooledRmseAh());
        for (int w = 0; w < longer.forecasts().size(); w++) {
            assertArrayEquals(longer.forecasts().get(w).predicted(), again.forecasts().get(w).predicted(),
                    "window " + w);
        }
    }

    @Test
    void refusesMissingSplitsOverlapsAndCellsWithoutWindows() {
        BaselineSettings s = settings(1);
        assertThrows(IllegalArgumentException.class, () -> Baselines.run(ROWS, s.withSplit(List.of(), List.of(
                "SIM-003")), Progress.NONE));
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class, () -> Baselines.run(ROWS,
                s.withCells(List.of("SIM-003")), Progress.NONE));
        assertTrue(overlap.getMessage().contains("SIM-003 is both a test cell"), overlap.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class, () -> Baselines.run(ROWS,
                s.withWindow(100, 60), Progress.NONE));
        assertTrue(tooShort.getMessage().contains("give no window: each needs at least 160 rows"),
                tooShort.getMessage());
    }

    @Test
    void aTooShortTestCellIsListedAsSkipped() throws Exception {
        BaselineResult r = Baselines.run(ROWS, settings(1).withWindow(10, 100).withSplit(List.of("SIM-001"),
                List.of("SIM-002")).withCells(List.of("SIM-003", "SIM-004")), Progress.NONE);
        assertEquals(2 * 41, r.forecasts().size());
        BaselineResult cut = Baselines.run(ROWS.stream().filter(x -> !x.cellId().equals("SIM-004") || x.cycle() <= 100)
                .toList(), settings(1), Progress.NONE);
        assertTrue(cut.forecasts().isEmpty());
        assertFalse(cut.cells().get(0).scored());
        assertTrue(cut.cells().get(0).note().contains("100 rows, fewer than the 110"), cut.cells().get(0).note());
    }

    @Test
    void cancelStopsTheTraining() {
        Progress cancel = new Progress() {
            @Override
            public void report(double fraction, String message) {
            }

            @Override
            public void checkCancelled() throws CancelledException {
                throw new CancelledException("cancelled");
            }
        };
        assertThrows(CancelledException.class, () -> Baselines.run(ROWS, settings(5), cancel));
    }

    @Test
    void plateauHalvesAfterMoreThanPatienceEpochsWithoutRelativeImprovement() {
        MlpBaseline.Plateau p = new MlpBaseline.Plateau();
        assertFalse(p.reduce(1.0));
        for (int i = 0; i < MlpBaseline.PLATEAU_PATIENCE; i++) {
            assertFalse(p.reduce(0.99995), "within the 1e-4 threshold: not an improvement, epoch " + i);
        }
        assertTrue(p.reduce(1.0));
        assertFalse(p.reduce(0.5));
    }
}
