package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.CellState;
import org.imodel.core.forecast.CellStates;
import org.imodel.core.forecast.ForecastJob;
import org.imodel.core.forecast.Forecaster;
import org.imodel.core.forecast.Rollout;
import org.imodel.core.forecast.Trajectory;
import org.imodel.core.forecast.TrajectoryTable;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioTable;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.learner.LearnerNodeFactory;
import org.imodel.knime.node.scenario.ScenarioBuilderNodeFactory;
import org.imodel.knime.node.trajectory.TrajectoryPredictorNodeFactory;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.port.ImodelPortObjectSpec;
import org.imodel.knime.testing.Execution;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Trajectory Predictor node with the Learner node's tiny model (horizon 10) and the Scenario Builder's grid (12
 * C-rate scenarios of 12 cycles) on 90 simulated cells (1080 forecasts: more than one forecasting call of the
 * stream), compared with the engine called directly.
 */
class TrajectoryPredictorNodeTest {

    private static final TrajectoryPredictorNodeFactory FACTORY = new TrajectoryPredictorNodeFactory();

    private static final List<CycleRecord> CELLS = simulated(90, 24, 23);

    private static ImodelPortObject model() throws Exception {
        return (ImodelPortObject) TinyModel.learnerOutputs()[0];
    }

    private static BufferedDataTable scenarioTable() throws Exception {
        return (BufferedDataTable) node(new ScenarioBuilderNodeFactory(), ScenarioBuilderNodeTest::grid).execute()[0];
    }

    /** The engine's forecasts of the cells under the grid. */
    private static List<Trajectory> engine(List<CycleRecord> rows, List<Scenario> scenarios, int cycle,
            double nominal) throws Exception {
        try (TrainedModel m = TrainedModel.load(model().model())) {
            List<CellState> states = CellStates.of(rows, m.spec(), cycle, nominal);
            return new Forecaster(m, 1, Forecaster.DEFAULT_BATCH).forecast(ForecastJob.grid(states, scenarios),
                    Progress.NONE);
        }
    }

    private static void assertEngineTables(List<Trajectory> expected, List<Double> thresholds, PortObject[] out) {
        List<Object[]> perCycle = new ArrayList<>();
        List<Object[]> summary = new ArrayList<>();
        for (Trajectory t : expected) {
            perCycle.addAll(TrajectoryTable.rows(t));
            thresholds.forEach(th -> summary.add(TrajectoryTable.summary(t, th)));
        }
        assertCells(TrajectoryTable.COLUMNS, perCycle, out[0]);
        assertCells(TrajectoryTable.SUMMARY_COLUMNS, summary, out[1]);
    }

    /** Same spec and cells as the engine's values; row keys unique. */
    private static void assertCells(List<org.imodel.core.table.ColumnDef> columns, List<Object[]> expected,
            PortObject actual) {
        BufferedDataTable table = (BufferedDataTable) actual;
        assertEquals(TableSpecs.toSpec(columns), table.getDataTableSpec());
        List<DataRow> rows = NodeHarness.rows(table);
        assertEquals(expected.size(), rows.size(), "row count");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            DataRow want = TableSpecs.toRow(i, columns, expected.get(i));
            for (int c = 0; c < want.getNumCells(); c++) {
                assertEquals(want.getCell(c), rows.get(i).getCell(c), "row " + i + ", column " + columns.get(c).name());
            }
            assertTrue(keys.add(rows.get(i).getKey().toString()), "duplicate key " + rows.get(i).getKey());
        }
    }

    private static NodeHarness<?> predictor(Consumer<NodeSettings> edit) throws Exception {
        return node(FACTORY, edit);
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        NodeSettings saved = settingsRoundTrip(FACTORY);
        assertEquals("0.8, 0.7", saved.getString("soh_thresholds"));
        assertTrue(saved.getBoolean("latest_cycle"));
    }

    @Test
    void configureGivesBothOutputSpecsBeforeAndAfterTraining() throws Exception {
        DataTableSpec cells = TableSpecs.toSpec(CycleColumns.ALL);
        DataTableSpec scenarios = TableSpecs.toSpec(ScenarioTable.COLUMNS);
        PortObjectSpec untrained = node(new LearnerNodeFactory(), TinyModel::settings).configure(cells)[0];
        for (PortObjectSpec model : new PortObjectSpec[] {untrained, model().getSpec()}) {
            PortObjectSpec[] out = NodeHarness.of(FACTORY).configure(model, cells, scenarios);
            assertEquals(TableSpecs.toSpec(TrajectoryTable.COLUMNS), out[0]);
            assertEquals(TableSpecs.toSpec(TrajectoryTable.SUMMARY_COLUMNS), out[1]);
        }
    }

    @Test
    void anEnsembleGivesTheBandColumnsAtConfigureAndTheEngineBandAtExecute() throws Exception {
        DataTableSpec cells = TableSpecs.toSpec(CycleColumns.ALL);
        DataTableSpec scenarios = TableSpecs.toSpec(ScenarioTable.COLUMNS);
        PortObjectSpec untrained = node(new LearnerNodeFactory(), TinyModel::ensembleSettings).configure(cells)[0];
        ImodelPortObject ensemble = (ImodelPortObject) TinyModel.ensembleOutputs()[0];
        for (PortObjectSpec model : new PortObjectSpec[] {untrained, ensemble.getSpec()}) {
            PortObjectSpec[] out = NodeHarness.of(FACTORY).configure(model, cells, scenarios);
            assertEquals(TableSpecs.toSpec(TrajectoryTable.columns(true)), out[0]);
            assertEquals(TableSpecs.toSpec(TrajectoryTable.SUMMARY_COLUMNS), out[1]);
        }
        List<CycleRecord> two = CELLS.stream().filter(r -> r.cellId().equals("SIM-004")
                || r.cellId().equals("SIM-007")).toList();
        PortObject[] out = predictor(s -> s.addDouble("band_percent", 80)).execute(ensemble, cycleTable(two),
                scenarioTable());
        List<Trajectory> expected;
        try (TrainedModel m = TrainedModel.load(ensemble.model())) {
            List<CellState> states = CellStates.of(two, m.spec(), CellStates.LATEST, Double.NaN);
            expected = new Forecaster(m, 1, Forecaster.DEFAULT_BATCH, 0.8).forecast(ForecastJob.grid(states,
                    ScenarioBuilderNodeTest.engineGrid()), Progress.NONE);
        }
        assertTrue(expected.get(0).hasBand());
        List<Object[]> perCycle = new ArrayList<>();
        expected.forEach(t -> perCycle.addAll(TrajectoryTable.rows(t)));
        assertCells(TrajectoryTable.columns(true), perCycle, out[0]);
    }

    @Test
    void settingsSavedWithoutABandOptionGetTheDefault90Percent() throws Exception {
        NodeSettings loaded = savedBeforeOptionLoadsTheDefault(FACTORY, "band_percent",
                s -> s.addDouble("band_percent", 50));
        assertEquals(90, loaded.getDouble("band_percent"));
    }

    @Test
    void wrongInputsAreRejectedAtConfigureNamingColumnAndFix() throws Exception {
        DataTableSpec cells = TableSpecs.toSpec(CycleColumns.ALL);
        DataTableSpec scenarios = TableSpecs.toSpec(ScenarioTable.COLUMNS);
        PortObjectSpec model = model().getSpec();
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        invalid(() -> node.configure(model, without(cells, CycleColumns.CI), scenarios), "'" + CycleColumns.CI + "'",
                "charge curve", "Connect the per-cycle table");
        invalid(() -> node.configure(model, without(cells, CycleColumns.RELAXATION), scenarios),
                "'" + CycleColumns.RELAXATION + "'", "relaxation features");
        invalid(() -> node.configure(model, cells, without(scenarios, "current_unit")), "'current_unit'",
                "A (amperes) or C (C-rate)", "Scenario Builder");
        DataColumnSpec[] textCurrent = scenarios.stream().map(c -> c.getName().equals("charge_current")
                ? new DataColumnSpecCreator("charge_current", StringCell.TYPE).createSpec() : c)
                .toArray(DataColumnSpec[]::new);
        invalid(() -> node.configure(model, cells, new DataTableSpec(textCurrent)), "'charge_current' must be numeric",
                "Scenario Builder");
        invalid(() -> predictor(s -> s.addString("soh_thresholds", "0.8, 1.5")).configure(model, cells, scenarios),
                "'1.5'", "between 0 and 1", "soh_thresholds", "e.g. 0.8, 0.7");
        invalid(() -> NodeHarness.of(FACTORY).validateSettings(settings(FACTORY, s -> s.addString("soh_thresholds",
                "80%, 80%"))), "'80%' is given twice");
        ModelSpec spec = ((ImodelPortObjectSpec) model).modelSpec().orElseThrow();
        ModelSpec milliampere = new ModelSpec(spec.config(), spec.features(), spec.featureDefaults(),
                spec.featureNames(), spec.scalerMean(), spec.scalerScale(), spec.windowRule(),
                spec.scenarioChannels(), List.of("mA", "mA", "degC"), spec.provenance(), spec.envelope());
        invalid(() -> node.configure(new ImodelPortObjectSpec(milliampere), cells, scenarios), "currents in 'mA'",
                "train it with this version's iMODEL Learner");
    }

    @Test
    void executeGivesTheEngineForecastsOfTheLatestCycle() throws Exception {
        NodeHarness<?> node = predictor(s -> { });
        Execution execution = new Execution();
        PortObject[] out = node.execute(execution, model(), cycleTable(CELLS), scenarioTable());
        assertEquals(1.0, execution.progress(), 1e-9);
        assertEquals("Forecast 1080 trajectories of 90 cells", execution.message());
        List<Trajectory> expected = engine(CELLS, ScenarioBuilderNodeTest.engineGrid(), CellStates.LATEST,
                Double.NaN);
        assertEquals(90 * 12, expected.size());
        assertEngineTables(expected, List.of(0.8, 0.7), out);
        DataRow first = NodeHarness.rows((BufferedDataTable) out[0]).get(0);
        assertEquals("SIM-001 | 0.3C/0.5C/25degC | step 0", first.getKey().toString());
        assertTrue(node.warning().contains("Scenarios cover up to 12 cycles but the model forecasts 10"),
                node.warning());
    }

    @Test
    void aChosenCycleNominalCapacityAndThresholdsGiveTheEngineForecastsAndCrossings() throws Exception {
        List<CycleRecord> two = CELLS.stream().filter(r -> r.cellId().equals("SIM-004")
                || r.cellId().equals("SIM-005")).toList();
        List<Trajectory> expected = engine(two, ScenarioBuilderNodeTest.engineGrid(), 12, 3.5);
        assertEquals(12, expected.get(0).startCycle());
        assertEquals(21, expected.get(0).cycle(9));
        PortObject[] out = predictor(s -> {
            s.addBoolean("latest_cycle", false);
            s.addInt("cycle", 12);
            s.addBoolean("nominal_from_first_cycle", false);
            s.addDouble("nominal_capacity_ah", 3.5);
            s.addString("soh_thresholds", "0.8, 40%");
        }).execute(model(), cycleTable(two), scenarioTable());
        assertEngineTables(expected, List.of(0.8, 0.4), out);
        // the tiny model's forecast falls below 80 % of 3.5 Ah within the horizon: the crossing is a cycle of it
        String crossing = NodeHarness.rows((BufferedDataTable) out[1]).get(0).getCell(8).toString();
        assertTrue(crossing.matches("1[2-9]|2[01]"), "crossing cycle " + crossing);
    }

    @Test
    void streamingAndThreadsGiveTheSameTablesAsExecute() throws Exception {
        BufferedDataTable cells = cycleTable(CELLS);
        BufferedDataTable scenarios = scenarioTable();
        PortObject[] whole = predictor(s -> { }).execute(model(), cells, scenarios);
        PortObject[] streamed = predictor(s -> { }).executeStreaming(new Execution(), new long[0], model(), cells,
                scenarios);
        PortObject[] threads = predictor(s -> s.addInt("threads", 2)).executeStreaming(new Execution(), new long[0],
                model(), cells, scenarios);
        for (int o = 0; o < 2; o++) {
            assertSameTable(whole[o], streamed[o]);
            assertSameTable(whole[o], threads[o]);
        }
        // two partitions split between cells (as KNIME's distributed streaming or a chunk loop would)
        long split = CELLS.stream().filter(r -> r.cellId().compareTo("SIM-046") < 0).count();
        PortObject[] parts = predictor(s -> { }).executeStreaming(new Execution(), new long[] {split}, model(), cells,
                scenarios);
        for (int o = 0; o < 2; o++) {
            assertClose(whole[o], parts[o]);
        }
    }

    /** Same keys and texts; numbers equal up to float rounding (partitions are forecast in other batches). */
    private static void assertClose(PortObject expected, PortObject actual) {
        List<DataRow> a = NodeHarness.rows((BufferedDataTable) expected);
        List<DataRow> b = NodeHarness.rows((BufferedDataTable) actual);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).getKey(), b.get(i).getKey());
            for (int c = 0; c < a.get(i).getNumCells(); c++) {
                if (a.get(i).getCell(c) instanceof DoubleCell) {
                    assertEquals(((DoubleCell) a.get(i).getCell(c)).getDoubleValue(),
                            ((DoubleCell) b.get(i).getCell(c)).getDoubleValue(), 1e-5, "row " + a.get(i).getKey());
                } else {
                    assertEquals(a.get(i).getCell(c), b.get(i).getCell(c), "row " + a.get(i).getKey());
                }
            }
        }
    }

    @Test
    void warnsAboutForecastsOutsideTheTrainingRange() throws Exception {
        BufferedDataTable hot = (BufferedDataTable) node(new ScenarioBuilderNodeFactory(), s -> {
            ScenarioBuilderNodeTest.grid(s);
            s.addString("temperatures_celsius", "80");
            s.addInt("cycles", 10);
        }).execute()[0];
        NodeHarness<?> node = predictor(s -> { });
        PortObject[] out = node.execute(model(), cycleTable(CELLS.subList(0, 48)), hot);
        assertTrue(node.warning().matches("12 of 12 forecasts have inputs outside the training data's range.*"),
                node.warning());
        for (DataRow row : NodeHarness.rows((BufferedDataTable) out[1])) {
            assertEquals("OUTSIDE", row.getCell(9).toString());
            assertTrue(row.getCell(10).toString().contains("temperature (degC) 80.0 above the training maximum"),
                    row.getCell(10).toString());
        }
    }

    @Test
    void badDataStopsTheNodeNamingCellOrScenarioAndTheFix() throws Exception {
        BufferedDataTable shortScenarios = (BufferedDataTable) node(new ScenarioBuilderNodeFactory(), s -> {
            ScenarioBuilderNodeTest.grid(s);
            s.addInt("cycles", 5);
        }).execute()[0];
        invalid(() -> predictor(s -> { }).execute(model(), cycleTable(CELLS.subList(0, 48)), shortScenarios),
                "Scenario '0.3C/0.5C/25degC' covers 5 cycles", "extend the scenario to at least 10 cycles");
        List<CycleRecord> mixed = new ArrayList<>(CELLS.subList(0, 10));
        mixed.addAll(CELLS.stream().filter(r -> r.cellId().equals("SIM-002")).toList());
        mixed.addAll(CELLS.subList(10, 20));
        invalid(() -> predictor(s -> { }).executeStreaming(new Execution(), new long[0], model(), cycleTable(mixed),
                scenarioTable()), "the rows of cell SIM-001 are not together", "Sort the table by cell_id");
        invalid(() -> predictor(s -> {
            s.addBoolean("latest_cycle", false);
            s.addInt("cycle", 5000);
        }).execute(model(), cycleTable(CELLS.subList(0, 48)), scenarioTable()), "Cell SIM-001 has no cycle 5000",
                "Choose a cycle it has");
    }

    @Test
    void horizonOptionRoundTripsAndOldSettingsLoadWithTheModelsHorizon() throws Exception {
        NodeSettings changed = settings(FACTORY, s -> s.addInt("horizon", 25));
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        node.loadSettings(xmlRoundTrip(changed));
        assertEquals(25, node.saveSettings().getInt("horizon"));
        assertEquals(0, NodeHarness.of(FACTORY).saveSettings().getInt("horizon"), "default: the model's horizon");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        changed.saveToXML(xml);
        String text = xml.toString(StandardCharsets.UTF_8);
        String withoutKey = text.replaceAll("\\s*<entry key=\"horizon\" type=\"xint\" value=\"25\"/>", "");
        assertTrue(text.contains("key=\"horizon\"") && !withoutKey.contains("key=\"horizon\""), text);
        NodeSettingsRO before = NodeSettings.loadFromXML(new ByteArrayInputStream(
                withoutKey.getBytes(StandardCharsets.UTF_8)));
        NodeHarness<?> loaded = NodeHarness.of(FACTORY);
        loaded.loadSettings(changed);
        loaded.validateSettings(before);
        loaded.loadSettings(before);
        assertEquals(0, loaded.saveSettings().getInt("horizon"), "an old workflow's node forecasts the model's P");
        invalid(() -> NodeHarness.of(FACTORY).validateSettings(settings(FACTORY, s -> s.addInt("horizon", -1))),
                "horizon");
    }

    @Test
    void configureRefusesAHorizonBeyondAModelWithoutRolloutMap() throws Exception {
        DataTableSpec cells = TableSpecs.toSpec(CycleColumns.ALL);
        DataTableSpec scenarios = TableSpecs.toSpec(ScenarioTable.COLUMNS);
        ImodelPortObjectSpec model = model().getSpec();
        assertTrue(model.hasRolloutMap(), "the Learner fits a rollout map");
        PortObjectSpec[] out = predictor(s -> s.addInt("horizon", 25)).configure(model, cells, scenarios);
        assertEquals(TableSpecs.toSpec(TrajectoryTable.COLUMNS), out[0]);
        assertEquals(TableSpecs.toSpec(TrajectoryTable.SUMMARY_COLUMNS), out[1]);
        ImodelPortObjectSpec bare = new ImodelPortObjectSpec(model.modelSpec().orElseThrow().withRollout(null));
        predictor(s -> s.addInt("horizon", 10)).configure(bare, cells, scenarios);
        invalid(() -> predictor(s -> s.addInt("horizon", 11)).configure(bare, cells, scenarios), "'horizon'",
                "forecasts 10 cycles and carries no rollout map", "at most 10");
    }

    @Test
    void aHorizonBeyondTheModelsGivesTheEnginesRolloutWithCrossingsAndFlags() throws Exception {
        BufferedDataTable longScenarios = (BufferedDataTable) node(new ScenarioBuilderNodeFactory(), s -> {
            ScenarioBuilderNodeTest.grid(s);
            s.addInt("cycles", 30);
        }).execute()[0];
        List<CycleRecord> three = CELLS.stream().filter(r -> List.of("SIM-001", "SIM-002", "SIM-003")
                .contains(r.cellId())).toList();
        PortObject[] out = predictor(s -> {
            s.addInt("horizon", 30);
            s.addString("soh_thresholds", "0.9");
        }).execute(model(), cycleTable(three), longScenarios);
        List<Scenario> grid = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.3, 0.5, 1.0), List.of(0.5, 1.0),
                List.of(25.0, 35.0), 30);
        try (TrainedModel m = TrainedModel.load(model().model())) {
            List<CellState> states = CellStates.of(three, m.spec(), CellStates.LATEST, Double.NaN);
            List<Trajectory> expected = new Rollout(m, 1, Forecaster.DEFAULT_BATCH).forecast(
                    ForecastJob.grid(states, grid), 30, Progress.NONE);
            assertEngineTables(expected, List.of(0.9), out);
        }
        List<DataRow> rows = NodeHarness.rows((BufferedDataTable) out[0]);
        assertEquals(3 * 12 * 30, rows.size());
        int flag = TrajectoryTable.COLUMNS.size() - 1;
        assertEquals("0", rows.get(9).getCell(flag).toString());
        assertEquals("1", rows.get(10).getCell(flag).toString());
        PortObject[] cut = predictor(s -> s.addInt("horizon", 4)).execute(model(), cycleTable(three),
                scenarioTable());
        assertEquals(3 * 12 * 4, NodeHarness.rows((BufferedDataTable) cut[0]).size());
        invalid(() -> predictor(s -> s.addInt("horizon", 31)).execute(model(), cycleTable(three), longScenarios),
                "Scenario '0.3C/0.5C/25degC' covers 30 cycles but the forecast runs 31 cycles");
    }

    @Test
    void cancelIsHonouredWhereTheNodeIterates() throws Exception {
        BufferedDataTable cells = cycleTable(CELLS);
        BufferedDataTable scenarios = scenarioTable();
        cancelHonoured(predictor(s -> { }), model(), cells, scenarios);
        // checks: one per scenario row (144), one per 256 cell rows (8 of 2160 rows, before the first forecasting
        // call: 1024 forecasts are pending only after cell 86), then the forecaster's polls: cancel in the first
        int forecasting = 144 + 8 + 1;
        for (boolean streaming : new boolean[] {false, true}) {
            Execution execution = new Execution().cancelAtCheck(forecasting);
            NodeHarness<?> node = predictor(s -> { });
            invalidCancel(() -> {
                if (streaming) {
                    node.executeStreaming(execution, new long[0], model(), cells, scenarios);
                } else {
                    node.execute(execution, model(), cells, scenarios);
                }
            });
            assertEquals(forecasting, execution.cancelChecks(), "stopped at the forecaster's first check");
        }
    }
}
