package org.imodel.knime.node.scorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.imodel.core.eval.ForecastReader;
import org.imodel.core.eval.ForecastScorer;
import org.imodel.core.eval.MeasuredCycles;
import org.imodel.core.eval.ScoreTables;
import org.imodel.core.eval.ScoredForecast;
import org.imodel.core.eval.Scores;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.report.ErrorChart;
import org.imodel.core.table.ColumnDef;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Trajectory Scorer: scores forecast tables (the Predictor's windows, the Trajectory Predictor's long table with
 * measured cycles, ensembles, baselines; up to three methods side by side) against the true values: errors per
 * cell, per horizon step, crossing cycles and the error-against-horizon picture. All logic in the engine
 * ({@link ForecastScorer}); row keys carry the method label, so the outputs of several scorers concatenate.
 */
final class TrajectoryScorerNodeModel extends SettingsNodeModel<TrajectoryScorerSettings> {

    /** Input ports of the forecasts, in method order: 1, 3, 4 (port 2 holds the measured cycles). */
    private static final int[] FORECAST_PORTS = {0, 2, 3};
    private static final String MEASURED = "Measured cycles (input 2)";
    private static final ImagePortObjectSpec PNG = new ImagePortObjectSpec(PNGImageContent.TYPE);

    TrajectoryScorerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL,
            BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL},
                new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE,
                    ImagePortObject.TYPE}, new TrajectoryScorerSettings());
    }

    /** Also refuses thresholds that do not parse and a blank label (the dialog's OK then says why). */
    @Override
    protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        TrajectoryScorerSettings candidate = new TrajectoryScorerSettings();
        candidate.validate(s);
        candidate.load(s);
        candidate.sohThresholds();
        candidate.methodLabels();
    }

    /** @return the name of a forecast input for messages */
    private static String forecasts(int port) {
        return "Forecasts (input " + (port + 1) + ")";
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.sohThresholds();
        settings.methodLabels();
        DataTableSpec measured = (DataTableSpec) inSpecs[1];
        try {
            for (int port : FORECAST_PORTS) {
                if (inSpecs[port] != null) {
                    ForecastReader.checkColumns(new KnimeTableRows(forecasts(port), (DataTableSpec) inSpecs[port],
                            null), settings.methodColumn(), measured != null);
                }
            }
            if (measured != null) {
                for (String c : List.of(MeasuredCycles.CELL_ID, MeasuredCycles.CYCLE, MeasuredCycles.CAPACITY)) {
                    if (!measured.containsName(c)) {
                        throw new InvalidSettingsException(MEASURED + ": has no column '" + c + "'. Connect a"
                                + " per-cycle table (Battery Dataset Reader, Battery Cell Simulator) with "
                                + MeasuredCycles.CELL_ID + ", " + MeasuredCycles.CYCLE + " and "
                                + MeasuredCycles.CAPACITY + ".");
                    }
                }
            }
        } catch (DataFormatException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        return new PortObjectSpec[] {TableSpecs.toSpec(ScoreTables.CELL_COLUMNS),
            TableSpecs.toSpec(ScoreTables.STEP_COLUMNS), TableSpecs.toSpec(ScoreTables.CROSSING_COLUMNS), PNG};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable measuredTable = (BufferedDataTable) inObjects[1];
        Scores scores;
        try {
            MeasuredCycles measured = null;
            if (measuredTable != null) {
                exec.setMessage("Reading the measured cycles");
                try (KnimeTableRows rows = new KnimeTableRows(MEASURED, measuredTable.getDataTableSpec(),
                        measuredTable)) {
                    measured = MeasuredCycles.read(rows);
                }
            }
            exec.checkCanceled();
            exec.setMessage("Reading the forecasts");
            List<ScoredForecast> forecasts = new ArrayList<>();
            for (int i = 0; i < FORECAST_PORTS.length; i++) {
                BufferedDataTable table = (BufferedDataTable) inObjects[FORECAST_PORTS[i]];
                if (table != null) {
                    try (KnimeTableRows rows = new KnimeTableRows(forecasts(FORECAST_PORTS[i]),
                            table.getDataTableSpec(), table)) {
                        forecasts.addAll(ForecastReader.read(rows, settings.methodLabels().get(i),
                                settings.methodColumn(), measured));
                    }
                    exec.checkCanceled();
                }
            }
            exec.checkCanceled();
            scores = ForecastScorer.score(forecasts, settings.sohThresholds(),
                    new KnimeProgress(exec.createSubProgress(0.8)));
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        exec.setMessage("Drawing the error against horizon step");
        return new PortObject[] {
            table(exec, ScoreTables.CELL_COLUMNS, ScoreTables.cellRows(scores), r -> r[0] + ": " + r[1]),
            table(exec, ScoreTables.STEP_COLUMNS, ScoreTables.stepRows(scores), r -> r[0] + ": step " + r[1]),
            table(exec, ScoreTables.CROSSING_COLUMNS, ScoreTables.crossingRows(scores),
                    r -> r[0] + ": " + r[1] + " at SOH " + r[2]),
            new ImagePortObject(new PNGImageContent(png(scores)), PNG)};
    }

    private static BufferedDataTable table(ExecutionContext exec, List<ColumnDef> columns, List<Object[]> rows,
            Function<Object[], String> key) {
        BufferedDataContainer c = exec.createDataContainer(TableSpecs.toSpec(columns));
        for (Object[] r : rows) {
            c.addRowToTable(TableSpecs.toRow(new RowKey(key.apply(r)), columns, r));
        }
        c.close();
        return c.getTable();
    }

    private static byte[] png(Scores scores) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(ErrorChart.image(scores.steps()), "png", bytes);
        return bytes.toByteArray();
    }
}
