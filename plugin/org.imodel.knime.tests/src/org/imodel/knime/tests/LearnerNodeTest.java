package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.Progress;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.EpochStats;
import org.imodel.core.training.HistoryTable;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.learner.LearnerNodeFactory;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.port.ImodelPortObjectSpec;
import org.imodel.knime.testing.Execution;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** iMODEL Learner node: tiny training on simulated cells, compared with the engine's trainer. */
class LearnerNodeTest {

    private static final LearnerNodeFactory FACTORY = new LearnerNodeFactory();

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        settingsRoundTrip(FACTORY);
    }

    @Test
    void configureGivesAModelSpecFromTheSettings() throws Exception {
        PortObjectSpec[] out = node(FACTORY, TinyModel::settings).configure(TableSpecs.toSpec(CycleColumns.ALL));
        ImodelPortObjectSpec model = (ImodelPortObjectSpec) out[0];
        assertNotNull(model, "the model spec must be known at configure");
        assertEquals(10, model.horizon());
        assertTrue(model.modelSpec().isEmpty(), "scaler and layout follow from the data");
        assertEquals(TableSpecs.toSpec(HistoryTable.COLUMNS), out[1]);
    }

    @Test
    void wrongInputIsRejectedNamingTheColumnAndTheFix() throws Exception {
        DataTableSpec in = TableSpecs.toSpec(CycleColumns.ALL);
        invalid(() -> NodeHarness.of(FACTORY).configure(without(in, CycleColumns.DISCHARGE_CAPACITY)),
                "'" + CycleColumns.DISCHARGE_CAPACITY + "' is missing", "Connect the output");
        invalid(() -> node(FACTORY, s -> s.addString("recipe", "fastest")).configure(in), "fastest");
        NodeHarness<?> unknownCell = node(FACTORY, s -> {
            TinyModel.settings(s);
            s.addString("training_cells", "SIM-999");
        });
        invalid(() -> unknownCell.execute(cycleTable(TinyModel.ROWS)), "SIM-999");
    }

    @Test
    void executeGivesTheEngineTraining() throws Exception {
        PortObject[] out = TinyModel.learnerOutputs();
        List<EpochStats> history = new ArrayList<>();
        ModelSpec engineSpec;
        byte[] engineParameters;
        try (TrainedModel engine = ImodelTrainer.train(TinyModel.ROWS, TinyModel.TRAIN, TinyModel.VALIDATION,
                TinyModel.engineSettings(), Progress.NONE, history::add)) {
            engineSpec = engine.spec();
            engineParameters = engine.toFile().parameters();
        }
        ModelSpec nodeSpec = ((ImodelPortObject) out[0]).model().spec();
        assertEquals(engineSpec.config(), nodeSpec.config());
        assertEquals(engineSpec.features(), nodeSpec.features());
        assertArrayEquals(engineSpec.scalerMean(), nodeSpec.scalerMean());
        assertArrayEquals(engineSpec.scalerScale(), nodeSpec.scalerScale());
        assertEquals(engineSpec.provenance().trainCells(), nodeSpec.provenance().trainCells());
        assertEquals(engineParameters.length, ((ImodelPortObject) out[0]).model().parameters().length);
        List<DataRow> rows = NodeHarness.rows((BufferedDataTable) out[1]);
        assertEquals(TinyModel.EPOCHS, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] want = HistoryTable.values(history.get(i), 0);
            for (int c = 0; c < want.length; c++) {
                if (HistoryTable.COLUMNS.get(c).name().equals("seconds")) {
                    continue; // the epoch's wall time
                }
                DataCell got = rows.get(i).getCell(c);
                if (want[c] instanceof Double) {
                    assertEquals((Double) want[c], ((DoubleValue) got).getDoubleValue(),
                            1e-6 * Math.abs((Double) want[c]), "epoch " + (i + 1) + " column " + c);
                } else {
                    assertEquals(want[c].toString(), got.toString());
                }
            }
        }
    }

    @Test
    void settingsSavedBeforeEnsemblesTrainOneNetwork() throws Exception {
        NodeSettings loaded = savedBeforeOptionLoadsTheDefault(FACTORY, "members", s -> s.addInt("members", 4));
        assertEquals(1, loaded.getInt("members"));
        invalid(() -> NodeHarness.of(FACTORY).validateSettings(settings(FACTORY, s -> s.addInt("members", 0))),
                "members");
    }

    @Test
    void bandCalibrationIsCrossByDefaultInOldSettingsTooAndBadValuesAreRefused() throws Exception {
        NodeSettings loaded = savedBeforeOptionLoadsTheDefault(FACTORY, "band_calibration",
                s -> s.addString("band_calibration", "validation"));
        assertEquals("cross", loaded.getString("band_calibration"));
        NodeSettings saved = settings(FACTORY, s -> s.addString("band_calibration", "validation"));
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        node.loadSettings(xmlRoundTrip(saved));
        assertEquals("validation", node.saveSettings().getString("band_calibration"));
        invalid(() -> node(FACTORY, s -> s.addString("band_calibration", "folds")).configure(TableSpecs.toSpec(
                CycleColumns.ALL)), "folds");
    }

    @Test
    void anEnsembleIsKnownAtConfigureAndTrainsEveryMember() throws Exception {
        PortObjectSpec[] specs = node(FACTORY, TinyModel::ensembleSettings).configure(TableSpecs.toSpec(
                CycleColumns.ALL));
        assertEquals(TinyModel.MEMBERS, ((ImodelPortObjectSpec) specs[0]).members());
        assertTrue(((ImodelPortObjectSpec) specs[0]).summary().contains("ensemble of 3"), specs[0].toString());
        PortObject[] out = TinyModel.ensembleOutputs();
        ImodelPortObject port = (ImodelPortObject) out[0];
        assertEquals(TinyModel.MEMBERS, port.getSpec().members());
        ModelSpec spec = port.model().spec();
        assertEquals(TinyModel.MEMBERS, port.model().members().size());
        assertEquals(11, spec.provenance().seed());
        assertTrue(spec.ensemble().calibrated(), spec.ensemble().toString());
        assertTrue(spec.provenance().validationMetrics().get("band_coverage") >= 0.9,
                spec.provenance().validationMetrics().toString());
        assertEquals(BandCalibration.CROSS, spec.ensemble().calibration(), "the default");
        // members are the engine's: member 2 is its member 2 (seed 13, trained without its fold of cells)
        try (TrainedModel engine = EnsembleTrainer.train(TinyModel.ROWS, TinyModel.TRAIN, TinyModel.VALIDATION,
                TinyModel.engineSettings(), TinyModel.MEMBERS, BandCalibration.CROSS, 1, Progress.NONE, null);
                TrainedModel node = TrainedModel.load(port.model())) {
            List<CycleRecord> cell = TinyModel.ROWS.stream()
                    .filter(r -> r.cellId().equals("SIM-005")).toList();
            float[] want = ImodelPredictor.predict(engine.member(2), cell, Progress.NONE).get(0)
                    .predictions();
            float[] got = ImodelPredictor.predict(node.member(2), cell, Progress.NONE).get(0)
                    .predictions();
            assertArrayEquals(want, got, 1e-4f);
            assertEquals(engine.spec().ensemble().spreadScale(), spec.ensemble().spreadScale(),
                    1e-3 * spec.ensemble().spreadScale());
        }
        List<DataRow> history = NodeHarness.rows((BufferedDataTable) out[1]);
        assertEquals(TinyModel.MEMBERS * TinyModel.EPOCHS, history.size());
        int member = HistoryTable.COLUMNS.size() - 1;
        assertEquals("0", history.get(0).getCell(member).toString());
        assertEquals("2", history.get(history.size() - 1).getCell(member).toString());
    }

    @Test
    void noWarningWithoutEarlyStopping() throws Exception {
        NodeHarness<?> learner = node(FACTORY, s -> {
            TinyModel.settings(s);
            s.addInt("epochs", 1);
        });
        learner.execute(cycleTable(TinyModel.ROWS));
        assertNull(learner.warning());
    }

    /**
     * Two Learner nodes executing side by side in one JVM (as KNIME runs independent branches) train at the same
     * time, and each gives the model it gives when run alone: same kept epoch and history. The engine's
     * ParallelTrainingsTest compares parallel and sequential runs bit for bit; here the history may differ by
     * rounding (1e-4 relative, as same-seed runs of libtorch may drift, README "Several trainings at once"), and
     * the test prints whether the parameters were bit-identical.
     */
    @Test
    void twoLearnersTrainSideBySideAndEqualSequentialRuns() throws Exception {
        int epochs = 20;
        List<Consumer<NodeSettings>> settings = List.of(s -> {
            TinyModel.settings(s);
            s.addInt("epochs", epochs);
        }, s -> {
            TinyModel.settings(s);
            s.addInt("epochs", epochs);
            s.addInt("seed", 12);
        });
        BufferedDataTable in = cycleTable(TinyModel.ROWS);
        List<PortObject[]> sequential = new ArrayList<>();
        for (Consumer<NodeSettings> s : settings) {
            sequential.add(node(FACTORY, s).execute(in));
        }
        List<Execution> executions = List.of(new Execution(), new Execution());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        boolean overlapped = false;
        List<PortObject[]> parallel = new ArrayList<>();
        try {
            List<Future<PortObject[]>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                NodeHarness<?> learner = node(FACTORY, settings.get(i));
                Execution execution = executions.get(i);
                runs.add(pool.submit(() -> learner.execute(execution, in)));
            }
            while (!runs.get(0).isDone() && !runs.get(1).isDone()) {
                overlapped |= training(executions.get(0)) && training(executions.get(1));
                Thread.sleep(2);
            }
            for (Future<PortObject[]> f : runs) {
                parallel.add(f.get(300, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(overlapped, "both nodes were in their training epochs at the same moment");
        for (int i = 0; i < 2; i++) {
            ModelFile alone = ((ImodelPortObject) sequential.get(i)[0]).model();
            ModelFile together = ((ImodelPortObject) parallel.get(i)[0]).model();
            System.out.println("two Learners side by side: node " + i + " parameters "
                    + (Arrays.equals(alone.parameters(), together.parameters()) ? "bit-identical" : "differ")
                    + " to its run alone");
            assertEquals(alone.parameters().length, together.parameters().length);
            assertEquals(alone.spec().provenance().bestEpoch(), together.spec().provenance().bestEpoch());
            assertArrayEquals(alone.spec().scalerMean(), together.spec().scalerMean());
            List<DataRow> a = NodeHarness.rows((BufferedDataTable) sequential.get(i)[1]);
            List<DataRow> b = NodeHarness.rows((BufferedDataTable) parallel.get(i)[1]);
            assertEquals(epochs, b.size());
            int seconds = HistoryTable.COLUMNS.stream().map(ColumnDef::name).toList().indexOf("seconds");
            for (int r = 0; r < a.size(); r++) {
                for (int c = 0; c < a.get(r).getNumCells(); c++) {
                    if (c == seconds) {
                        continue; // the epoch's wall time
                    }
                    String at = "node " + i + ", epoch " + (r + 1) + ", column " + c;
                    if (a.get(r).getCell(c) instanceof DoubleValue x) {
                        double want = x.getDoubleValue();
                        assertEquals(want, ((DoubleValue) b.get(r).getCell(c)).getDoubleValue(), 1e-4 * Math.abs(want),
                                at);
                    } else {
                        assertEquals(a.get(r).getCell(c), b.get(r).getCell(c), at);
                    }
                }
            }
        }
        assertFalse(Arrays.equals(((ImodelPortObject) parallel.get(0)[0]).model().parameters(),
                ((ImodelPortObject) parallel.get(1)[0]).model().parameters()), "different seeds, different models");
    }

    private static boolean training(Execution e) {
        String m = e.message();
        return m != null && m.startsWith("Epoch ");
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(node(FACTORY, TinyModel::settings), cycleTable(TinyModel.ROWS));
    }
}
