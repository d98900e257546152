package org.imodel.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * The feature columns appended to a per-cycle table, row by row: the iMODEL features in the reference's order
 * ({@link FeatureDefaults#featureNames()}) and the SOC-trimmed, re-gridded curve as one list column
 * {@value #CI_REGRIDDED}. Each row is computed with the settings of its dataset family
 * ({@link FeatureDefaults#settingsFor(String, int, boolean)}), with one cached {@link FeatureExtractor} per
 * settings, and counted in a {@link FeatureNanReport}. The columns are fixed by the choice of defaults alone, so
 * they are known before any row is seen. Thread-safe: rows may be computed from several threads.
 */
public final class FeatureColumns {

    /** Name of the list column with the SOC-trimmed, re-gridded capacity-increment curve (Ah). */
    public static final String CI_REGRIDDED = "ci_regridded_ah";

    private final FeatureDefaults defaults;
    private final int soc;
    private final boolean physicalGrid;
    private final List<ColumnDef> columns;
    private final int featureCount;
    private final Map<FeatureSettings, FeatureExtractor> extractors = new ConcurrentHashMap<>();
    private final FeatureNanReport report = new FeatureNanReport();

    /**
     * @param defaults which settings each row gets
     * @param soc 20, 30, 40 or 50
     * @param physicalGrid use the grid recorded with each row also for the reference families
     * @throws IllegalArgumentException for another SOC (the message lists the valid values)
     */
    public FeatureColumns(FeatureDefaults defaults, int soc, boolean physicalGrid) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        FeatureSettings.trimPointsForSoc(soc);
        this.soc = soc;
        this.physicalGrid = physicalGrid;
        this.columns = columns(defaults);
        this.featureCount = defaults.featureNames().size();
    }

    /**
     * @param defaults which settings the rows get
     * @return the appended columns: one DOUBLE per feature (reference order), then the {@value #CI_REGRIDDED}
     *         list
     */
    public static List<ColumnDef> columns(FeatureDefaults defaults) {
        FeatureSettings layout = defaults.settingsFor(defaults.name(), FeatureSettings.DEFAULT_SOC, false);
        List<String> names = defaults.featureNames();
        if (!names.equals(layout.featureNames())) {
            throw new IllegalStateException("Feature layout of " + defaults + " is inconsistent: " + names + " vs "
                    + layout.featureNames());
        }
        List<ColumnDef> c = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            c.add(new ColumnDef(names.get(i), ColumnType.DOUBLE, FeatureTable.description(i, layout)));
        }
        c.add(new ColumnDef(CI_REGRIDDED, ColumnType.DOUBLE_LIST, "Capacity-increment curve after SOC trimming and"
                + " re-gridding (Ah; the first 0, 10, 20 or 30 points are 0 for SOC 20, 30, 40, 50): the expert"
                + " input of the model."));
        return List.copyOf(c);
    }

    /** @return the appended columns */
    public List<ColumnDef> columns() {
        return columns;
    }

    /**
     * @param record a row of the per-cycle table
     * @return the settings its features are computed with
     */
    public FeatureSettings settingsFor(CycleRecord record) {
        return defaults.settingsFor(record.family(), soc, physicalGrid);
    }

    /**
     * Computes one row's appended values and counts the row in {@link #report()}.
     *
     * @param record a row of the per-cycle table
     * @return values in {@link #columns()} order: a Double per feature (NaN where the reference gives NaN), then
     *         the curve as double[]; all null when the row has no curve
     * @throws IllegalArgumentException when the curve has another number of points than the settings expect (the
     *         message names cell, cycle and source line and says what to do)
     */
    public Object[] values(CycleRecord record) {
        FeatureSettings settings = settingsFor(record);
        Object[] values = new Object[columns.size()];
        if (record.ci() == null || record.ci().length == 0) {
            report.add(settings, record, null);
            return values;
        }
        FeatureRow row = extractors.computeIfAbsent(settings, FeatureExtractor::new).extract(record);
        double[] f = row.features();
        if (f.length != featureCount) {
            throw new IllegalStateException("Settings " + settings + " give " + f.length + " features, the columns "
                    + featureCount);
        }
        for (int i = 0; i < f.length; i++) {
            values[i] = f[i];
        }
        values[featureCount] = row.ci();
        report.add(settings, record, row);
        return values;
    }

    /** @return the NaN report of all rows computed so far */
    public FeatureNanReport report() {
        return report;
    }

    /** @return number of distinct settings (extractors) used so far */
    int extractorCount() {
        return extractors.size();
    }
}
