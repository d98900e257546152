package org.imodel.core.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.TableSink;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationCsv;
import org.imodel.core.sim.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's simulator documents the per-cycle truth a correct conversion of its time series gives back; the
 * extractor (fed samples) and the whole converter (fed the simulator's BDF CSV) must reproduce it.
 */
class SimulatorRoundTripTest {

    private static final double TOL = CellSimulator.ROUND_TRIP_TOLERANCE;

    @TempDir
    Path dir;

    private static SimulationSettings settings() {
        return SimulationSettings.builder().cells(1).cyclesPerCell(40).build();
    }

    private static ExtractionSettings extraction(SimulationSettings s) {
        return ExtractionSettings.defaults().withCiWindow(s.ciGrid().startVolt(), s.ciGrid().endVolt(),
                s.ciGrid().points()).withRelaxation(s.relaxationThresholdVolt(), 0);
    }

    private static void assertSame(List<CycleRecord> truth, List<CycleRecord> rows) {
        assertEquals(truth.size(), rows.size());
        for (int i = 0; i < truth.size(); i++) {
            CycleRecord t = truth.get(i);
            CycleRecord r = rows.get(i);
            String where = "cycle " + t.cycle();
            assertEquals(t.cycle(), r.cycle(), where);
            assertEquals(t.dischargeCapacity(), r.dischargeCapacity(), TOL, where);
            assertEquals(t.chargeCapacity(), r.chargeCapacity(), TOL, where);
            assertArrayEquals(t.ci(), r.ci(), TOL, where);
            assertArrayEquals(t.relaxationVoltage(), r.relaxationVoltage(), TOL, where);
            assertEquals(t.chargeCurrent(), r.chargeCurrent(), TOL, where);
            assertEquals(t.dischargeCurrent(), r.dischargeCurrent(), TOL, where);
            assertEquals(t.temperature(), r.temperature(), 1e-9, where);
        }
    }

    @Test
    void samplesGiveBackTheTruthWithAndWithoutCycleNumbers() throws Exception {
        SimulationSettings s = settings();
        CellSimulator sim = new CellSimulator(s);
        List<TimeSample> samples = new ArrayList<>();
        List<CycleRecord> truth = new ArrayList<>();
        sim.timeSeries(0, samples::add, truth::add);
        for (CycleSource source : new CycleSource[] {CycleSource.AUTO, CycleSource.INFER}) {
            List<CycleRecord> rows = new ArrayList<>();
            CycleExtractor x = new CycleExtractor("sim", "mem", extraction(s).withCycleSource(source),
                    new QcReport(), rows::add);
            for (TimeSample t : samples) {
                x.accept(t);
            }
            x.finish();
            assertSame(truth, rows);
        }
    }

    @Test
    void theSimulatorsCsvGivesBackTheTruth() throws Exception {
        SimulationSettings s = settings();
        CellSimulator sim = new CellSimulator(s);
        Path file = dir.resolve("sim.bdf.csv");
        List<CycleRecord> truth = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(file);
                TableSink<TimeSample> ts = SimulationCsv.timeSeriesWriter(w)) {
            sim.timeSeries(0, ts, truth::add);
        }
        List<CycleRecord> rows = new ArrayList<>();
        QcReport qc = new QcReport();
        CyclerFileConverter.convert(file, extraction(s), null, qc, Progress.NONE, rows::add);
        assertSame(truth, rows);
        assertEquals("sim", rows.get(0).cellId());
        String units = qc.cells().get(0).units();
        assertTrue(units.contains("sign + = charge (detected") && units.contains("cycles from column 'cycle_count'"),
                units);
    }
}
