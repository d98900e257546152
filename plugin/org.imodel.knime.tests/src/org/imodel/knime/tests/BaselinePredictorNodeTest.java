package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.baseline.BaselineResult;
import org.imodel.core.baseline.BaselineSettings;
import org.imodel.core.baseline.BaselineMethod;
import org.imodel.core.baseline.BaselineTables;
import org.imodel.core.baseline.Baselines;
import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.Progress;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.baseline.BaselinePredictorNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Baseline Predictor node on simulated cells, compared with the engine called directly. */
class BaselinePredictorNodeTest {

    private static final BaselinePredictorNodeFactory FACTORY = new BaselinePredictorNodeFactory();

    /** Three simulated cells of 130 cycles and a fourth cut to 80 rows (too short for one window). */
    private static List<CycleRecord> rows() {
        List<CycleRecord> rows = new ArrayList<>(simulated(3, 130, 5));
        simulated(4, 130, 5).stream().filter(r -> r.cellId().equals("SIM-004")).limit(80).forEach(rows::add);
        return rows;
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        NodeSettings saved = settingsRoundTrip(FACTORY);
        assertEquals("polynomial", saved.getString("method"));
        assertEquals("", saved.getString("cells"));
        assertEquals(0, saved.getInt("history"));
        assertEquals(0, saved.getInt("horizon"));
        assertEquals("", saved.getString("training_cells"));
        assertEquals("", saved.getString("validation_cells"));
        assertEquals(500, saved.getInt("epochs"));
        assertEquals(42, saved.getInt("seed"));
    }

    @Test
    void configureGivesBothOutputSpecsAndChecksTableAndSettings() throws Exception {
        DataTableSpec cells = TableSpecs.toSpec(CycleColumns.ALL);
        PortObjectSpec[] out = NodeHarness.of(FACTORY).configure(cells, null);
        assertEquals(TableSpecs.toSpec(BaselineTables.FORECAST_COLUMNS), out[0]);
        assertEquals(TableSpecs.toSpec(BaselineTables.CELL_COLUMNS), out[1]);
        invalid(() -> NodeHarness.of(FACTORY).configure(without(cells, CycleColumns.DISCHARGE_CAPACITY), null),
                "'" + CycleColumns.DISCHARGE_CAPACITY + "'", "Connect the output of the Battery Dataset Reader");
        invalid(() -> node(FACTORY, s -> s.addInt("history", 3)).configure(cells, null), "history of at least 4",
                "Change it in the dialog");
        invalid(() -> node(FACTORY, s -> s.addString("method", "spline")).configure(cells, null),
                "unknown baseline method 'spline'");
        invalid(() -> node(FACTORY, s -> s.addString("method", "mlp")).configure(cells, null),
                "name its training cells, validation cells and the cells to forecast");
    }

    @Test
    void sharedColumnsHaveThePredictorsNamesAndTypes() {
        for (var c : BaselineTables.FORECAST_COLUMNS) {
            var predictor = org.imodel.core.forecast.ForecastTable.FORECAST_COLUMNS.stream()
                    .filter(p -> p.name().equals(c.name())).findFirst().orElseThrow();
            assertEquals(predictor.type(), c.type(), c.name());
        }
    }

    @Test
    void executeEqualsTheEngineAndWarnsAboutTheShortCell() throws Exception {
        NodeHarness<?> node = node(FACTORY, s -> s.addString("cells", "SIM-003, SIM-001,SIM-004"));
        PortObject[] out = node.execute(cycleTable(rows()), null);
        BaselineResult engine = Baselines.run(rows(), BaselineSettings.defaults(BaselineMethod.POLYNOMIAL)
                .withCells(List.of("SIM-003", "SIM-001", "SIM-004")), Progress.NONE);
        assertEquals(2 * 31, engine.forecasts().size());
        assertTable(BaselineTables.FORECAST_COLUMNS,
                engine.forecasts().stream().map(BaselineTables::forecastRow).toList(), out[0]);
        assertTable(BaselineTables.CELL_COLUMNS, BaselineTables.cellRows(engine), out[1]);
        assertTrue(node.warning().contains("1 of 3 cell(s) too short") && node.warning().contains("SIM-004"),
                node.warning());
    }

    @Test
    void mlpExecuteEqualsTheEngine() throws Exception {
        PortObject[] out = node(FACTORY, s -> {
            s.addString("method", "mlp");
            s.addString("cells", "SIM-003");
            s.addString("training_cells", "SIM-001");
            s.addString("validation_cells", "SIM-002");
            s.addInt("epochs", 2);
        }).execute(cycleTable(rows()), null);
        BaselineResult engine = Baselines.run(rows(), BaselineSettings.defaults(BaselineMethod.MLP)
                .withCells(List.of("SIM-003")).withSplit(List.of("SIM-001"), List.of("SIM-002"))
                .withTraining(2, 42), Progress.NONE);
        assertEquals(130 - 110 + 1, engine.forecasts().size());
        assertTable(BaselineTables.FORECAST_COLUMNS,
                engine.forecasts().stream().map(BaselineTables::forecastRow).toList(), out[0]);
        assertTable(BaselineTables.CELL_COLUMNS, BaselineTables.cellRows(engine), out[1]);
    }

    /**
     * With input 2 connected the mlp trains on its cells, although input 1 has cells of the same ids: the forecasts
     * equal the engine's with those rows, and differ from a training on input 1's cells of the same ids.
     */
    @Test
    void mlpTrainsOnTheCellsOfInput2WhenConnected() throws Exception {
        List<CycleRecord> training = simulated(3, 130, 11);
        java.util.function.Consumer<NodeSettings> mlp = s -> {
            s.addString("method", "mlp");
            s.addString("cells", "SIM-003");
            s.addString("training_cells", "SIM-001,SIM-003");
            s.addString("validation_cells", "SIM-002");
            s.addInt("epochs", 2);
        };
        PortObject[] out = node(FACTORY, mlp).execute(cycleTable(rows()), cycleTable(training));
        BaselineSettings settings = BaselineSettings.defaults(BaselineMethod.MLP).withCells(List.of("SIM-003"))
                .withSplit(List.of("SIM-001", "SIM-003"), List.of("SIM-002")).withTraining(2, 42);
        BaselineResult engine = Baselines.run(rows(), training, settings, Progress.NONE);
        assertTable(BaselineTables.FORECAST_COLUMNS,
                engine.forecasts().stream().map(BaselineTables::forecastRow).toList(), out[0]);
        assertTable(BaselineTables.CELL_COLUMNS, BaselineTables.cellRows(engine), out[1]);
        invalid(() -> node(FACTORY, mlp).execute(cycleTable(rows()), null), "SIM-003",
                "both a test cell and a training or validation cell");
        BaselineResult own = Baselines.run(rows(), settings.withSplit(List.of("SIM-001"), List.of("SIM-002")),
                Progress.NONE);
        BaselineResult other = Baselines.run(rows(), training, settings.withSplit(List.of("SIM-001"),
                List.of("SIM-002")), Progress.NONE);
        assertTrue(own.cells().get(0).mapePct() != other.cells().get(0).mapePct(),
                "input 2's SIM-001 is another cell than input 1's");
        invalid(() -> node(FACTORY, s -> {
            mlp.accept(s);
            s.addString("training_cells", "SIM-009");
        }).execute(cycleTable(rows()), cycleTable(training)), "training and validation cells", "[SIM-009]");
        invalid(() -> NodeHarness.of(FACTORY).configure(TableSpecs.toSpec(CycleColumns.ALL),
                without(TableSpecs.toSpec(CycleColumns.ALL), CycleColumns.DISCHARGE_CAPACITY)),
                "Training cells (input 2)", "'" + CycleColumns.DISCHARGE_CAPACITY + "'");
    }

    @Test
    void aPolynomialWithTrainingCellsWarnsThatItDoesNotUseThem() throws Exception {
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        PortObject[] out = node.execute(cycleTable(simulated(2, 130, 5)), cycleTable(simulated(2, 130, 11)));
        assertEquals(2 * 31, ((org.knime.core.node.BufferedDataTable) out[0]).size());
        assertTrue(node.warning().contains("not used"), node.warning());
    }

    @Test
    void unknownCellIsRejectedNamingIt() throws Exception {
        invalid(() -> node(FACTORY, s -> s.addString("cells", "SIM-001,NOPE")).execute(cycleTable(rows()), null),
                "[NOPE]", "SIM-001");
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(NodeHarness.of(FACTORY), cycleTable(rows()), null);
    }
}
