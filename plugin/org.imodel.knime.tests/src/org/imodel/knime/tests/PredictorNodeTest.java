package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.progress.Progress;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.learner.LearnerNodeFactory;
import org.imodel.knime.node.predictor.PredictorNodeFactory;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** iMODEL Predictor node with the Learner node's tiny model, compared with the engine's predictor. */
class PredictorNodeTest {

    private static final PredictorNodeFactory FACTORY = new PredictorNodeFactory();

    private static final List<CycleRecord> TEST_CELL = TinyModel.ROWS.stream()
            .filter(r -> r.cellId().equals("SIM-005")).toList();

    private static ImodelPortObject model() throws Exception {
        return (ImodelPortObject) TinyModel.learnerOutputs()[0];
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        settingsRoundTrip(FACTORY);
    }

    @Test
    void configuresDownstreamOfAnUnexecutedLearner() throws Exception {
        DataTableSpec table = TableSpecs.toSpec(CycleColumns.ALL);
        PortObjectSpec learnerSpec = node(new LearnerNodeFactory(), TinyModel::settings).configure(table)[0];
        PortObjectSpec[] out = NodeHarness.of(FACTORY).configure(learnerSpec, table);
        assertEquals(TableSpecs.toSpec(ForecastTable.FORECAST_COLUMNS), out[0]);
        assertEquals(TableSpecs.toSpec(ForecastTable.METRIC_COLUMNS), out[1]);
    }

    @Test
    void tableIsCheckedAgainstTheModelSpec() throws Exception {
        DataTableSpec table = TableSpecs.toSpec(CycleColumns.ALL);
        PortObjectSpec spec = model().getSpec();
        invalid(() -> NodeHarness.of(FACTORY).configure(spec, without(table, CycleColumns.CHARGE_CURRENT)),
                "'" + CycleColumns.CHARGE_CURRENT + "'", "scenario input charge current", "Connect the per-cycle table");
        invalid(() -> NodeHarness.of(FACTORY).configure(spec, without(table, CycleColumns.RELAXATION)),
                "'" + CycleColumns.RELAXATION + "'", "relaxation features");
        invalid(() -> NodeHarness.of(FACTORY).configure(spec, without(table, CycleColumns.CI)),
                "'" + CycleColumns.CI + "'", "charge curve");
    }

    @Test
    void executeGivesTheEnginePredictions() throws Exception {
        ImodelPortObject model = model();
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        PortObject[] out = node.execute(model, cycleTable(TEST_CELL));
        List<Forecast> forecasts;
        try (TrainedModel engine = TrainedModel.load(model.model())) {
            forecasts = ImodelPredictor.predict(engine, TEST_CELL, Progress.NONE);
        }
        assertFalse(forecasts.isEmpty());
        assertTable(ForecastTable.FORECAST_COLUMNS, forecasts.stream().map(ForecastTable::values).toList(), out[0]);
        assertTable(ForecastTable.METRIC_COLUMNS, ForecastTable.metricRows(forecasts), out[1]);
    }

    @Test
    void anEnsembleGivesTheBandColumnsAtConfigureAndTheEngineBandAtExecute() throws Exception {
        DataTableSpec table = TableSpecs.toSpec(CycleColumns.ALL);
        PortObjectSpec learnerSpec = node(new LearnerNodeFactory(), TinyModel::ensembleSettings).configure(table)[0];
        PortObjectSpec[] specs = NodeHarness.of(FACTORY).configure(learnerSpec, table);
        assertEquals(TableSpecs.toSpec(ForecastTable.forecastColumns(true)), specs[0]);
        assertEquals(TableSpecs.toSpec(ForecastTable.metricColumns(true)), specs[1]);
        ImodelPortObject model = (ImodelPortObject) TinyModel.ensembleOutputs()[0];
        for (double percent : new double[] {90, 50}) {
            NodeHarness<?> node = node(FACTORY, s -> s.addDouble("band_percent", percent));
            assertEquals(specs[0], node.configure(model.getSpec(), table)[0], "the same spec after training");
            PortObject[] out = node.execute(model, cycleTable(TEST_CELL));
            List<Forecast> forecasts;
            try (TrainedModel engine = TrainedModel.load(model.model())) {
                forecasts = ImodelPredictor.predict(engine, TEST_CELL, percent / 100, Progress.NONE);
            }
            assertTrue(forecasts.get(0).hasBand());
            assertTable(ForecastTable.forecastColumns(true), forecasts.stream().map(ForecastTable::values).toList(),
                    out[0]);
            assertTable(ForecastTable.metricColumns(true), ForecastTable.metricRows(forecasts, true), out[1]);
        }
    }

    @Test
    void settingsSavedWithoutABandOptionGetTheDefault90Percent() throws Exception {
        NodeSettings loaded = savedBeforeOptionLoadsTheDefault(FACTORY, "band_percent",
                s -> s.addDouble("band_percent", 50));
        assertEquals(90, loaded.getDouble("band_percent"));
    }

    @Test
    void aCellTooShortForOneWindowIsRefusedNamingIt() throws Exception {
        BufferedDataTable shortCell = cycleTable(TEST_CELL.subList(0, 5));
        invalid(() -> NodeHarness.of(FACTORY).execute(model(), shortCell), "SIM-005 has 5 rows",
                "needs at least 10 rows", "Leave the cell out");
    }

    @Test
    void warnsWhenTheTableIsEmpty() throws Exception {
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        PortObject[] out = node.execute(model(), cycleTable(List.of()));
        assertEquals(0, ((BufferedDataTable) out[0]).size());
        String warning = node.warning();
        assertFalse(warning == null || !warning.contains("no rows"), String.valueOf(warning));
    }

    @Test
    void otherCurrentUnitIsRejectedWithTheFix() throws Exception {
        List<Object[]> rows = cycleValues(TEST_CELL).stream().map(v -> {
            Object[] copy = v.clone();
            copy[CycleColumns.ALL.indexOf(CycleColumns.ALL.stream()
                    .filter(c -> c.name().equals(CycleColumns.CURRENT_UNIT)).findFirst().orElseThrow())] = "C";
            return copy;
        }).toList();
        invalid(() -> NodeHarness.of(FACTORY).execute(model(), table(CycleColumns.ALL, rows)), "currents in A",
                "SIM-005 (C)", "Use data with currents in A");
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(NodeHarness.of(FACTORY), model(), cycleTable(TEST_CELL));
    }
}
