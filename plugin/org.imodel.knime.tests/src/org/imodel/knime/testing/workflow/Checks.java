package org.imodel.knime.testing.workflow;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.imodel.core.eval.Scores;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.knime.testing.NodeHarness;
import org.imodel.knime.testing.PortSerialization;
import org.imodel.knime.testing.workflow.WorkflowDescription.Check;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;

/** Checks of documented workflow results, for {@link WorkflowDescription#expect}. */
public final class Checks {

    private Checks() {
    }

    /**
     * @param min fewest rows
     * @return a check that the output is a table of at least min rows
     */
    public static Check rowsAtLeast(long min) {
        return new Check("rows", Checks::rows, v -> v >= min, ">= " + min);
    }

    /**
     * @param rows the row count
     * @return a check that the output is a table of exactly that many rows
     */
    public static Check rows(long rows) {
        return new Check("rows", Checks::rows, v -> v == rows, "= " + rows);
    }

    private static double rows(PortObject table) {
        return ((BufferedDataTable) table).size();
    }

    /**
     * @param width the image's width in pixels
     * @return a check that the output is an image port whose saved PNG decodes to an image of that width
     */
    public static Check imageWidth(int width) {
        return new Check("image width (px)", image(BufferedImage::getWidth), v -> v == width, "= " + width);
    }

    /**
     * @param height the image's height in pixels
     * @return a check that the output is an image port whose saved PNG decodes to an image of that height
     */
    public static Check imageHeight(int height) {
        return new Check("image height (px)", image(BufferedImage::getHeight), v -> v == height, "= " + height);
    }

    private static ToDoubleFunction<PortObject> image(ToIntFunction<BufferedImage> measure) {
        return port -> {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(PortSerialization.saveSelf(
                    (ImagePortObject) port)))) {
                BufferedImage image = zip.getNextEntry() == null ? null : ImageIO.read(zip);
                return image == null ? Double.NaN : measure.applyAsInt(image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * The pooled MAPE (%) of the Predictor's metrics table over the chosen cells (their windows weigh equally:
     * every window has the model's horizon of points) is finite and at most max.
     *
     * @param cells which cells (by cell id; the "all cells" row is never one of them)
     * @param max the documented bound (%)
     * @return the check
     */
    public static Check pooledMapeAtMost(Predicate<String> cells, double max) {
        return new Check("pooled MAPE (%)", out -> pooledMape(out, cells), v -> Double.isFinite(v) && v <= max,
                "finite and <= " + max);
    }

    /**
     * The band's coverage in the Predictor's metrics table (an ensemble's) for one cell is at least min.
     *
     * @param cell the cell id, or {@link ForecastTable#ALL_CELLS}
     * @param min the documented bound (0..1)
     * @return the check
     */
    public static Check coverageAtLeast(String cell, double min) {
        return new Check("coverage of " + cell, out -> metric((BufferedDataTable) out, cell, "coverage"),
                v -> v >= min, ">= " + min);
    }

    /**
     * Every row of the Trajectory Predictor's per-cycle output (an ensemble's) has a band around its prediction:
     * the share of rows with band_low_ah &le; predicted_capacity_ah &le; band_high_ah is 1.
     *
     * @return the check
     */
    public static Check bandAroundEveryPrediction() {
        return new Check("share of rows whose band holds the prediction", out -> {
            BufferedDataTable table = (BufferedDataTable) out;
            DataTableSpec spec = table.getDataTableSpec();
            int low = spec.findColumnIndex("band_low_ah");
            int mean = spec.findColumnIndex("predicted_capacity_ah");
            int high = spec.findColumnIndex("band_high_ah");
            if (low < 0 || high < 0 || table.size() == 0) {
                return Double.NaN;
            }
            long inside = 0;
            for (DataRow row : NodeHarness.rows(table)) {
                double m = ((DoubleValue) row.getCell(mean)).getDoubleValue();
                inside += ((DoubleValue) row.getCell(low)).getDoubleValue() <= m
                        && m <= ((DoubleValue) row.getCell(high)).getDoubleValue() ? 1 : 0;
            }
            return inside / (double) table.size();
        }, v -> v == 1, "= 1");
    }

    private static double metric(BufferedDataTable table, String cell, String column) {
        DataTableSpec spec = table.getDataTableSpec();
        int id = spec.findColumnIndex(ForecastTable.METRIC_COLUMNS.get(0).name());
        int value = spec.findColumnIndex(column);
        for (DataRow row : NodeHarness.rows(table)) {
            if (value >= 0 && row.getCell(id).toString().equals(cell)) {
                return ((DoubleValue) row.getCell(value)).getDoubleValue();
            }
        }
        return Double.NaN;
    }

    /**
     * @param metrics the Predictor's metrics output
     * @param cells which cells
     * @return the pooled MAPE (%) over their windows, NaN when none
     */
    public static double pooledMape(PortObject metrics, Predicate<String> cells) {
        BufferedDataTable table = (BufferedDataTable) metrics;
        DataTableSpec spec = table.getDataTableSpec();
        int cell = spec.findColumnIndex(ForecastTable.METRIC_COLUMNS.get(0).name());
        int windows = spec.findColumnIndex("windows");
        int mape = spec.findColumnIndex("pooled_mape");
        double sum = 0;
        long count = 0;
        for (DataRow row : NodeHarness.rows(table)) {
            String id = row.getCell(cell).toString();
            if (!id.equals(ForecastTable.ALL_CELLS) && cells.test(id)) {
                int w = ((IntValue) row.getCell(windows)).getIntValue();
                sum += w * ((DoubleValue) row.getCell(mape)).getDoubleValue();
                count += w;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /**
     * @param method a method label of the Trajectory Scorer
     * @param max the documented bound (%)
     * @return a check that the scorer's per-cell output gives that method a finite pooled MAPE over all cells of at
     *         most max
     */
    public static Check scoredMapeAtMost(String method, double max) {
        return new Check("pooled MAPE (%) of " + method, out -> scoredMape(out, method),
                v -> Double.isFinite(v) && v <= max, "finite and <= " + max);
    }

    /** @return the pooled MAPE (%) of a method's "all cells" row in the scorer's per-cell output, NaN when none */
    private static double scoredMape(PortObject perCell, String method) {
        BufferedDataTable table = (BufferedDataTable) perCell;
        DataTableSpec spec = table.getDataTableSpec();
        int m = spec.findColumnIndex("method");
        int cell = spec.findColumnIndex("cell_id");
        int mape = spec.findColumnIndex("pooled_mape");
        for (DataRow row : NodeHarness.rows(table)) {
            if (row.getCell(m).toString().equals(method) && row.getCell(cell).toString().equals(Scores.ALL_CELLS)) {
                return ((DoubleValue) row.getCell(mape)).getDoubleValue();
            }
        }
        return Double.NaN;
    }
}
