package org.imodel.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.ModelFile;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.SimulatedCells;
import org.imodel.core.training.TrainedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forecasts of a 3-member ensemble (simulated cells, horizon 10, 2 epochs per member): the window and trajectory
 * forecasts are the members' mean with the scaled quantile band, the same after saving and loading, and a single
 * member is an ordinary model.
 */
class EnsembleForecastTest {

    private static TrainedModel ensemble;

    @BeforeAll
    static void train() throws Exception {
        ensemble = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN, SimulatedCells.VALIDATION,
                SimulatedCells.quick(2), 3, BandCalibration.CROSS, 2, null, null);
    }

    @AfterAll
    static void close() {
        ensemble.close();
    }

    private static List<CycleRecord> cells(String... ids) {
        List<String> wanted = List.of(ids);
        return SimulatedCells.rows().stream().filter(r -> wanted.contains(r.cellId())).toList();
    }

    @Test
    void windowForecastsAreTheMembersMeanWithTheScaledQuantileBand() throws Exception {
        List<CycleRecord> rows = cells("SIM-005");
        double scale = ensemble.spec().ensemble().spreadScale();
        List<Forecast> forecasts = ImodelPredictor.predict(ensemble, rows, 0.8, Progress.NONE);
        List<List<Forecast>> members = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            members.add(ImodelPredictor.predict(ensemble.member(m), rows, Progress.NONE));
        }
        assertFalse(Arrays.equals(members.get(0).get(0).predictions(), members.get(1).get(0).predictions()),
                "members differ by seed");
        for (int i = 0; i < forecasts.size(); i++) {
            Forecast f = forecasts.get(i);
            float[][] byMember = {members.get(0).get(i).predictions(), members.get(1).get(i).predictions(),
                members.get(2).get(i).predictions()};
            EnsembleBand expected = EnsembleBand.of(byMember, 0.8, scale);
            assertArrayEquals(expected.mean(), f.predictions(), "window " + i);
            assertArrayEquals(expected.low(), f.bandLow(), "window " + i);
            assertArrayEquals(expected.high(), f.bandHigh(), "window " + i);
            assertArrayEquals(members.get(0).get(i).gates(), f.gates(), "the first member's gate");
            for (int t = 0; t < f.predictions().length; t++) {
                assertTrue(f.bandLow()[t] <= f.predictions()[t] && f.predictions()[t] <= f.bandHigh()[t],
                        "band around the mean");
            }
            assertNull(members.get(0).get(i).bandLow(), "a member alone has no band");
        }
        Object[] row = ForecastTable.values(forecasts.get(0));
        List<ColumnDef> columns = ForecastTable.forecastColumns(true);
        assertEquals(columns.size(), row.length);
        assertEquals(List.of("cell_id", "start_row", "cycle_count", "predicted_capacity_ah", "band_low_ah",
                "band_high_ah", "target_capacity_ah", "expert_weights", "dominant_expert", "mape_percent"),
                columns.stream().map(ColumnDef::name).toList());
        assertArrayEquals(toDoubles(forecasts.get(0).bandLow()), (double[]) row[4]);
        assertEquals(ForecastTable.FORECAST_COLUMNS, ForecastTable.forecastColumns(false));
        BandMetrics band = ImodelPredictor.bandMetrics(forecasts);
        assertEquals(forecasts.size() * 10L, band.points());
        assertThrows(IllegalArgumentException.class, () -> ImodelPredictor.bandMetrics(members.get(0)));
    }

    @Test
    void savedAndLoadedEnsemblesForecastTheSame() throws Exception {
        ModelFile file = ensemble.toFile();
        assertEquals(3, file.members().size());
        ModelFile back = ModelFile.read(new java.io.ByteArrayInputStream(file.toBytes()), "e.imodel");
        List<CycleRecord> rows = cells("SIM-005", "SIM-004");
        List<Forecast> before = ImodelPredictor.predict(ensemble, rows, Progress.NONE);
        try (TrainedModel loaded = TrainedModel.load(back)) {
            assertEquals(3, loaded.members());
            assertEquals(ensemble.spec().ensemble(), loaded.spec().ensemble());
            List<Forecast> after = ImodelPredictor.predict(loaded, rows, Progress.NONE);
            for (int i = 0; i < before.size(); i++) {
                assertArrayEquals(before.get(i).predictions(), after.get(i).predictions());
                assertArrayEquals(before.get(i).bandHigh(), after.get(i).bandHigh());
            }
            TrainedModel second = loaded.member(2);
            assertEquals(1, second.members());
            assertEquals(ensemble.spec().provenance().seed() + 2, second.spec().provenance().seed());
            second.close();
            // closing a member view frees nothing: the ensemble still forecasts, the same as before
            assertArrayEquals(before.get(0).bandLow(),
                    ImodelPredictor.predict(loaded, rows, Progress.NONE).get(0).bandLow());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loaded.member(3));
            assertTrue(e.getMessage().contains("0 to 2"), e.getMessage());
        }
    }

    @Test
    void trajectoriesAreTheMembersMeanWithTheBandForAnyThreadCount() throws Exception {
        List<CycleRecord> rows = cells("SIM-005");
        List<CellState> states = CellStates.of(rows, ensemble.spec(), CellStates.LATEST, Double.NaN);
        List<Scenario> scenarios = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.3, 0.5), List.of(0.5, 1.0),
                List.of(25.0), 10);
        List<ForecastJob> jobs = ForecastJob.grid(states, scenarios);
        List<Trajectory> one = new Forecaster(ensemble, 1, 64).forecast(jobs, Progress.NONE);
        List<Trajectory> two = new Forecaster(ensemble, 2, 64).forecast(jobs, Progress.NONE);
        List<List<Trajectory>> members = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            members.add(new Forecaster(ensemble.member(m), 1, 64).forecast(jobs, Progress.NONE));
        }
        double scale = ensemble.spec().ensemble().spreadScale();
        for (int i = 0; i < jobs.size(); i++) {
            float[][] byMember = {members.get(0).get(i).capacityAh(), members.get(1).get(i).capacityAh(),
                members.get(2).get(i).capacityAh()};
            EnsembleBand expected = EnsembleBand.of(byMember, EnsembleBand.DEFAULT_LEVEL, scale);
            assertArrayEquals(expected.mean(), one.get(i).capacityAh());
            assertArrayEquals(expected.low(), one.get(i).bandLowAh());
            assertArrayEquals(expected.high(), one.get(i).bandHighAh());
            assertArrayEquals(one.get(i).bandHighAh(), two.get(i).bandHighAh(), "2 threads");
        }
        List<Object[]> rowsOut = TrajectoryTable.rows(one.get(0));
        assertEquals(TrajectoryTable.columns(true).size(), rowsOut.get(0).length);
        assertEquals(List.of("cell_id", "scenario", "cycle_count", "step", "predicted_capacity_ah", "band_low_ah",
                "band_high_ah", "soh", "applicability", "rolled_out"), TrajectoryTable.columns(true).stream()
                .map(ColumnDef::name).toList());
        assertEquals((double) one.get(0).bandLowAh()[3], rowsOut.get(3)[5]);
        assertEquals(TrajectoryTable.COLUMNS.size(), TrajectoryTable.rows(members.get(0).get(0)).get(0).length);
    }

    private static double[] toDoubles(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
