package org.imodel.core.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * The feature table: one row per cycle with {@code cell, row, cycle}, the features in reference order and the
 * re-gridded curve {@code ci0 .. ci49}, all in engine units (Ah, V). {@code row} is the 0-based position of the
 * cycle among its cell's rows in the order fed (file order for the readers), the row index the windows use.
 * The layout mirrors the reference's golden feature files, except that UL capacities are in Ah, not mAh.
 *
 * <p>Feed rows one at a time with {@link #row(CycleRecord)} (streaming; the row counter is kept per family and
 * cell). Not thread-safe.
 */
public final class FeatureTable {

    /** Cell id column. */
    public static final String CELL = "cell";
    /** Row index column. */
    public static final String ROW = "row";
    /** Cycle number column. */
    public static final String CYCLE = "cycle";
    /** Prefix of the curve columns ci0, ci1, ... */
    public static final String CI_PREFIX = "ci";

    private final FeatureExtractor extractor;
    private final List<ColumnDef> columns;
    private final Map<List<String>, Integer> nextRow = new HashMap<>();

    /** @param settings feature settings (fix the feature columns) */
    public FeatureTable(FeatureSettings settings) {
        this.extractor = new FeatureExtractor(settings);
        this.columns = columns(settings);
    }

    /**
     * @param settings feature settings
     * @return the columns: cell, row, cycle, the features ({@link FeatureSettings#featureNames()}), ci0..ci{n-1}
     */
    public static List<ColumnDef> columns(FeatureSettings settings) {
        List<ColumnDef> c = new ArrayList<>();
        c.add(new ColumnDef(CELL, ColumnType.STRING, "Cell id."));
        c.add(new ColumnDef(ROW, ColumnType.INT, "0-based row of the cycle within its cell (file order)."));
        c.add(new ColumnDef(CYCLE, ColumnType.INT, "Cycle number as given by the source."));
        List<String> names = settings.featureNames();
        for (int i = 0; i < names.size(); i++) {
            c.add(new ColumnDef(names.get(i), ColumnType.DOUBLE, description(i, settings)));
        }
        for (int i = 0; i < settings.gridPoints(); i++) {
            c.add(new ColumnDef(CI_PREFIX + i, ColumnType.DOUBLE, "Capacity increment at grid point " + i
                    + " after SOC trimming and re-gridding (Ah)."));
        }
        return List.copyOf(c);
    }

    /**
     * @param feature index in the feature vector of {@code s}
     * @param s the settings
     * @return one sentence on the feature, with its unit
     */
    static String description(int feature, FeatureSettings s) {
        int o = s.ciOffset();
        switch (feature < o ? feature : -1) {
            case 0:
                return "Mean of the relaxation voltage (V).";
            case 1:
                return "Skewness of the relaxation voltage (biased; NaN for a constant or one-value trace).";
            case 2:
                return "Maximum of the relaxation voltage (V).";
            case 3:
                return "Minimum of the relaxation voltage (V).";
            case 4:
                return "Population variance of the relaxation voltage (V^2).";
            case 5:
                return "Excess kurtosis of the relaxation voltage (biased; NaN for a constant or one-value trace).";
            default:
                break;
        }
        switch (feature - o) {
            case FeatureSettings.CI_MEAN_INDEX:
                return "Mean of the capacity-increment curve (Ah).";
            case FeatureSettings.CI_SKEW_INDEX:
                return "Skewness of the capacity-increment curve (biased).";
            case FeatureSettings.CI_MAX_INDEX:
                return "Maximum of the capacity-increment curve (Ah).";
            case FeatureSettings.CI_VAR_INDEX:
                return "Population variance of the capacity-increment curve (Ah^2).";
            case FeatureSettings.CI_AT_INDEX:
                return "Capacity increment at " + s.referenceVolt() + " V on the fine grid (Ah).";
            default:
                return "First fine-grid voltage where the curve exceeds its value at " + s.referenceVolt() + " V by "
                        + s.riseThresholdAh() + " Ah (V; missing when it never does or already does at the start).";
        }
    }

    /** @return the columns of this table */
    public List<ColumnDef> columns() {
        return columns;
    }

    /** @return the extractor used */
    public FeatureExtractor extractor() {
        return extractor;
    }

    /**
     * @param r the next cycle (rows of a cell in file order)
     * @return its table row: String cell, Integer row, Integer cycle, then one Double per feature and curve point
     */
    public Object[] row(CycleRecord r) {
        List<String> key = List.of(String.valueOf(r.family()), String.valueOf(r.cellId()));
        int index = nextRow.merge(key, 1, Integer::sum) - 1;
        return values(r.cellId(), index, extractor.extract(r));
    }

    /**
     * @param cellId cell id
     * @param row row index within the cell
     * @param f the features of that row
     * @return the table row
     */
    public static Object[] values(String cellId, int row, FeatureRow f) {
        double[] features = f.features();
        double[] ci = f.ci();
        Object[] v = new Object[3 + features.length + ci.length];
        v[0] = cellId;
        v[1] = row;
        v[2] = f.cycle();
        int k = 3;
        for (double x : features) {
            v[k++] = x;
        }
        for (double x : ci) {
            v[k++] = x;
        }
        return v;
    }
}
