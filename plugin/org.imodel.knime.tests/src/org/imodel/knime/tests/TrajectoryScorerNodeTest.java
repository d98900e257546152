package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.CsvTableRows;
import org.imodel.core.eval.ForecastReader;
import org.imodel.core.eval.ForecastScorer;
import org.imodel.core.eval.ScoreTables;
import org.imodel.core.eval.Scores;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.forecast.TrajectoryTable;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.Progress;
import org.imodel.core.report.ErrorChart;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.predictor.PredictorNodeFactory;
import org.imodel.knime.node.scorer.TrajectoryScorerNodeFactory;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.testing.NodeHarness;
import org.imodel.knime.testing.PortSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Trajectory Scorer node on the iMODEL Predictor node's forecasts of the Learner node's tiny model, compared with the
 * engine reading the same forecasts from CSV, and with the Predictor's own metrics; a trajectory table joined with
 * measured cycles against a hand computation; bad input.
 */
class TrajectoryScorerNodeTest {

    private static final TrajectoryScorerNodeFactory FACTORY = new TrajectoryScorerNodeFactory();
    private static final List<CycleRecord> CELLS = TinyModel.ROWS.stream()
            .filter(r -> r.cellId().equals("SIM-004") || r.cellId().equals("SIM-005")).toList();

    @TempDir
    Path dir;

    private static PortObject[] predictorOutputs() throws Exception {
        ImodelPortObject model = (ImodelPortObject) TinyModel.learnerOutputs()[0];
        return NodeHarness.of(new PredictorNodeFactory()).execute(model, cycleTable(CELLS));
    }

    private static void label(NodeSettings s, String label) {
        s.addString("method_label", label);
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        settingsRoundTrip(FACTORY);
    }

    @Test
    void configureGivesTheSpecsAndChecksColumns() throws Exception {
        DataTableSpec windows = TableSpecs.toSpec(ForecastTable.FORECAST_COLUMNS);
        PortObjectSpec[] out = NodeHarness.of(FACTORY).configure(windows, null, null, null);
        assertEquals(TableSpecs.toSpec(ScoreTables.CELL_COLUMNS), out[0]);
        assertEquals(TableSpecs.toSpec(ScoreTables.STEP_COLUMNS), out[1]);
        assertEquals(TableSpecs.toSpec(ScoreTables.CROSSING_COLUMNS), out[2]);
        assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec) out[3]).getDataType());
        invalid(() -> NodeHarness.of(FACTORY).configure(without(windows, "target_capacity_ah"), null, null,
                null),
                "Forecasts (input 1): has no column 'target_capacity_ah'", "The scorer needs the true values");
        DataTableSpec trajectories = TableSpecs.toSpec(TrajectoryTable.COLUMNS);
        invalid(() -> NodeHarness.of(FACTORY).configure(trajectories, null, null, null),
                "has no column 'target_capacity_ah'",
                "Give the cells' measured cycles");
        DataTableSpec measured = TableSpecs.toSpec(CycleColumns.ALL);
        assertEquals(4, NodeHarness.of(FACTORY).configure(trajectories, measured, null, null).length);
        invalid(() -> NodeHarness.of(FACTORY).configure(trajectories, without(measured, "discharge_capacity_ah"),
                null, null),
                "Measured cycles (input 2): has no column 'discharge_capacity_ah'");
        invalid(() -> node(FACTORY, s -> s.addString("method_column", "algo")).configure(windows, null, null, null),
                "has no method column 'algo'");
        invalid(() -> node(FACTORY, s -> s.addString("soh_thresholds", "0.8, 120")), "'120' is not a state of"
                + " health");
        invalid(() -> node(FACTORY, s -> label(s, " ")), "Method label (setting 'method_label') is blank");
        invalid(() -> node(FACTORY, s -> label(s, "method 2")), "Method label 'method 2' (setting 'method_label_2')"
                + " is given twice");
    }

    /** The node's outputs equal the engine's on the Predictor's window table, and reproduce its own metrics. */
    @Test
    void executeEqualsTheEngineOnPredictorForecasts() throws Exception {
        PortObject[] predicted = predictorOutputs();
        BufferedDataTable windows = (BufferedDataTable) predicted[0];
        PortObject[] out = node(FACTORY, s -> label(s, "tiny")).execute(windows, null, null, null);

        Path csv = dir.resolve("windows.csv");
        List<ColumnDef> header = windows.getDataTableSpec().stream()
                .map(c -> new ColumnDef(c.getName(), ColumnType.STRING, "")).toList();
        try (TableCsvWriter w = new TableCsvWriter(Files.newBufferedWriter(csv), header)) {
            for (DataRow r : NodeHarness.rows(windows)) {
                w.write(values(r));
            }
        }
        Scores engine;
        try (CsvTableRows rows = new CsvTableRows(csv)) {
            engine = ForecastScorer.score(ForecastReader.read(rows, "tiny", null, null),
                    ForecastScorer.DEFAULT_THRESHOLDS, Progress.NONE);
        }
        assertRows(ScoreTables.CELL_COLUMNS, ScoreTables.cellRows(engine), out[0], r -> r[0] + ": " + r[1]);
        assertRows(ScoreTables.STEP_COLUMNS, ScoreTables.stepRows(engine), out[1], r -> r[0] + ": step " + r[1]);
        assertRows(ScoreTables.CROSSING_COLUMNS, ScoreTables.crossingRows(engine), out[2],
                r -> r[0] + ": " + r[1] + " at SOH " + r[2]);
        assertEquals(10, ((BufferedDataTable) out[1]).size(), "the tiny model's horizon");

        List<DataRow> own = NodeHarness.rows((BufferedDataTable) predicted[1]);
        List<DataRow> scored = NodeHarness.rows((BufferedDataTable) out[0]);
        assertEquals(own.size(), scored.size());
        for (int i = 0; i < own.size(); i++) {
            for (String c : List.of("pooled_rmse", "pooled_mae", "pooled_mape", "batch_rmse", "batch_mape")) {
                assertEquals(value(own.get(i), ForecastTable.METRIC_COLUMNS, c),
                        value(scored.get(i), ScoreTables.CELL_COLUMNS, c), 1e-12, "row " + i + " " + c);
            }
        }

        BufferedImage want = ErrorChart.image(engine.steps());
        BufferedImage got = decode((ImagePortObject) out[3]);
        assertEquals(want.getWidth(), got.getWidth());
        for (int y = 0; y < want.getHeight(); y += 7) {
            for (int x = 0; x < want.getWidth(); x += 7) {
                assertEquals(want.getRGB(x, y) & 0xFFFFFF, got.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    /** Predictions 1 % above the measured capacity: MAPE 1 %, bias 1 % of the mean capacity; unmeasured cycles out. */
    @Test
    void trajectoryTableWithMeasuredCyclesAgainstAHandComputation() throws Exception {
        List<CycleRecord> cell = CELLS.stream().filter(r -> r.cellId().equals("SIM-004")).toList();
        List<Object[]> rows = new ArrayList<>();
        double nominal = cell.get(0).dischargeCapacity();
        double sumCapacity = 0;
        int last = cell.get(cell.size() - 1).cycle();
        for (int k = 0; k < 12; k++) {
            int cycle = last - 9 + k;
            double truth = k < 10 ? capacity(cell, cycle) : 1.0;
            sumCapacity += k < 10 ? truth : 0;
            double p = 1.01 * truth;
            rows.add(new Object[] {"SIM-004", "same use", cycle, k, p, p / nominal, "INSIDE", 0});
        }
        PortObject[] out = NodeHarness.of(FACTORY).execute(table(TrajectoryTable.COLUMNS, rows), cycleTable(CELLS),
                null, null);
        DataRow all = NodeHarness.rows((BufferedDataTable) out[0]).get(1);
        assertEquals(new RowKey("iMODEL: " + Scores.ALL_CELLS), all.getKey());
        assertEquals(10, value(all, ScoreTables.CELL_COLUMNS, "points"), "2 cycles after the data are left out");
        assertEquals(2, value(all, ScoreTables.CELL_COLUMNS, "unscored_points"));
        assertEquals(1.0, value(all, ScoreTables.CELL_COLUMNS, "pooled_mape"), 1e-9);
        assertEquals(0.01 * sumCapacity / 10, value(all, ScoreTables.CELL_COLUMNS, "bias"), 1e-12);
        assertEquals(12, ((BufferedDataTable) out[1]).size(), "12 horizon steps");
    }

    /** Inputs 1 and 3 side by side: each method scored on its own forecasts, one line each in the picture. */
    @Test
    void twoMethodsSideBySide() throws Exception {
        BufferedDataTable windows = (BufferedDataTable) predictorOutputs()[0];
        PortObject[] one = node(FACTORY, s -> label(s, "first")).execute(windows, null, null, null);
        PortObject[] two = node(FACTORY, s -> {
            label(s, "first");
            s.addString("method_label_2", "second");
        }).execute(windows, null, windows, null);
        List<DataRow> a = NodeHarness.rows((BufferedDataTable) one[0]);
        List<DataRow> b = NodeHarness.rows((BufferedDataTable) two[0]);
        assertEquals(2 * a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            DataRow second = b.get(a.size() + i);
            assertEquals(new RowKey(a.get(i).getKey().getString().replace("first: ", "second: ")), second.getKey());
            for (int c = 1; c < a.get(i).getNumCells(); c++) {
                assertEquals(a.get(i).getCell(c), b.get(i).getCell(c));
                assertEquals(a.get(i).getCell(c), second.getCell(c));
            }
        }
        assertEquals(2 * ((BufferedDataTable) one[1]).size(), ((BufferedDataTable) two[1]).size());
        invalid(() -> NodeHarness.of(FACTORY).execute(windows, null,
                table(ForecastTable.FORECAST_COLUMNS.subList(0, 4), List.of()), null),
                "Forecasts (input 3): has no column 'target_capacity_ah'");
    }

    @Test
    void badInputNamesRowAndColumn() throws Exception {
        List<Object[]> rows = List.<Object[]>of(new Object[] {"a", 0, 1, new double[] {1, 2}, new double[] {1}, null,
            null, null});
        invalid(() -> NodeHarness.of(FACTORY).execute(table(ForecastTable.FORECAST_COLUMNS, rows), null, null,
                null),
                "Forecasts (input 1), row 'Row0', column 'target_capacity_ah': the list has 1 values but"
                        + " predicted_capacity_ah has 2");
        List<Object[]> other = List.<Object[]>of(new Object[] {"SIM-099", "s", 5, 0, 1.0, 0.9, "INSIDE", 0});
        invalid(() -> NodeHarness.of(FACTORY).execute(table(TrajectoryTable.COLUMNS, other), cycleTable(CELLS),
                null, null),
                "row 'Row0', column 'cell_id': cell SIM-099 is not in the measured cycles Measured cycles (input 2)");
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(NodeHarness.of(FACTORY), predictorOutputs()[0], null, null, null);
    }

    private static double capacity(List<CycleRecord> cell, int cycle) {
        return cell.stream().filter(r -> r.cycle() == cycle).findFirst().orElseThrow().dischargeCapacity();
    }

    private static Object[] values(DataRow r) {
        Object[] v = new Object[r.getNumCells()];
        for (int c = 0; c < v.length; c++) {
            var cell = r.getCell(c);
            if (cell.isMissing()) {
                v[c] = null;
            } else if (cell instanceof org.knime.core.data.collection.ListDataValue list) {
                double[] d = new double[list.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = list.get(i).isMissing() ? Double.NaN : ((DoubleCell) list.get(i)).getDoubleValue();
                }
                v[c] = d;
            } else if (cell instanceof DoubleCell d) {
                v[c] = d.getDoubleValue();
            } else {
                v[c] = cell.toString();
            }
        }
        return v;
    }

    private static double value(DataRow row, List<ColumnDef> columns, String name) {
        int i = columns.stream().map(ColumnDef::name).toList().indexOf(name);
        var cell = row.getCell(i);
        return cell.isMissing() ? Double.NaN : ((org.knime.core.data.DoubleValue) cell).getDoubleValue();
    }

    private static void assertRows(List<ColumnDef> columns, List<Object[]> expected, PortObject actual,
            java.util.function.Function<Object[], String> key) {
        BufferedDataTable table = (BufferedDataTable) actual;
        assertEquals(TableSpecs.toSpec(columns), table.getDataTableSpec());
        List<DataRow> rows = NodeHarness.rows(table);
        assertEquals(expected.size(), rows.size(), "row count");
        for (int i = 0; i < rows.size(); i++) {
            DataRow want = TableSpecs.toRow(new RowKey(key.apply(expected.get(i))), columns, expected.get(i));
            assertEquals(want.getKey(), rows.get(i).getKey());
            for (int c = 0; c < want.getNumCells(); c++) {
                assertEquals(want.getCell(c), rows.get(i).getCell(c), "row " + i + ", column " + columns.get(c).name());
            }
        }
    }

    private static BufferedImage decode(ImagePortObject port) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(PortSerialization.saveSelf(port)))) {
            assertNotNull(zip.getNextEntry(), "no zip entry");
            BufferedImage image = ImageIO.read(zip);
            assertNotNull(image, "not a PNG");
            assertTrue(image.getWidth() > 0);
            return image;
        }
    }
}
