package org.imodel.knime.node.cycler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.qc.QcReport;
import org.imodel.core.timeseries.ColumnMapping;
import org.imodel.core.timeseries.CyclerFileConverter;
import org.imodel.core.timeseries.ExtractionSettings;
import org.imodel.core.timeseries.SignConvention;
import org.imodel.core.timeseries.TimeSeriesRole;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.Locations;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableBuilder;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Cycler Time Series to Cycles: raw cycler exports (one cell per file) to the canonical per-cycle table + QC, via
 * {@link CyclerFileConverter}.
 */
final class CyclerConversionNodeModel extends SettingsNodeModel<CyclerConversionSettings> {

    CyclerConversionNodeModel() {
        super(0, 2, new CyclerConversionSettings());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        location();
        extraction();
        mapping();
        return new DataTableSpec[] {TableSpecs.toSpec(CycleColumns.ALL), TableSpecs.toSpec(QcReport.COLUMNS)};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        Path path = location();
        ExtractionSettings extraction = extraction();
        ColumnMapping mapping = mapping();
        QcReport qc = new QcReport();
        TableBuilder cycles = new TableBuilder(exec, CycleColumns.ALL);
        long[] rows = {0};
        int files;
        try {
            files = CyclerFileConverter.convertAll(path, extraction, mapping, qc, new KnimeProgress(exec), r -> {
                cycles.add(CycleColumns.values(r));
                rows[0]++;
            }).size();
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (DataFormatException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + (e instanceof DataFormatException
                    ? " (tick 'Skip rows with malformed values' to convert the rest and count them in the QC table)"
                    : ""), e);
        }
        warn(qc, rows[0], files);
        return new BufferedDataTable[] {cycles.build(), TableBuilder.of(exec, QcReport.COLUMNS, qc.rows())};
    }

    /** One consolidated warning: no cycles at all, and the QC warnings. */
    private void warn(QcReport qc, long rows, int files) {
        List<String> parts = new ArrayList<>();
        if (rows == 0) {
            parts.add("No cycle was kept from " + files + " file(s); see drop_reasons in the QC table (is the CI"
                    + " voltage window inside the constant-current charge?).");
        }
        String skipped = qc.skippedSummary();
        if (skipped != null) {
            parts.add(skipped + ".");
        }
        List<String> warnings = qc.allWarnings();
        if (!warnings.isEmpty()) {
            parts.add(warnings.size() + " QC warning(s), see the QC table; first: " + warnings.get(0));
        }
        if (!parts.isEmpty()) {
            setWarningMessage(String.join(" ", parts));
        }
    }

    private Path location() throws InvalidSettingsException {
        boolean folder = CyclerConversionSettings.MODE_FOLDER.equals(settings.mode.getStringValue());
        return Locations.existing(folder, (folder ? settings.folder : settings.file).getStringValue(),
                folder ? "folder with the cycler exports (one cell per file)" : "cycler export");
    }

    private ExtractionSettings extraction() throws InvalidSettingsException {
        ExtractionSettings d = ExtractionSettings.defaults();
        double jump = settings.capacityJumpAh.getDoubleValue();
        try {
            return d.withCiWindow(settings.ciStartVolt.getDoubleValue(), settings.ciEndVolt.getDoubleValue(),
                    settings.ciPoints.getIntValue())
                    .withRelaxation(settings.relaxationMinVolt.getDoubleValue(), d.relaxationMaxPoints())
                    .withCapacityJump(jump > 0 ? jump : Double.NaN)
                    .withRpt(settings.rpt.getBooleanValue(), settings.rptPeriod.getIntValue(),
                            settings.rptOffset.getIntValue())
                    .withTemperature(temperature())
                    .withCondition(text(settings.condition))
                    .withSkipBadRows(settings.skipBadRows.getBooleanValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + ". Change it on the Extraction tab of the dialog.",
                    e);
        }
    }

    private double temperature() throws InvalidSettingsException {
        String text = text(settings.temperature);
        if (text.isEmpty() || text.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("Fixed temperature '" + text + "' is not a number. Enter degC (e.g. 25)"
                    + " or leave it blank to use the measured temperature.", e);
        }
    }

    /** @return the user's mapping, or null when nothing is set (detect everything per file) */
    private ColumnMapping mapping() throws InvalidSettingsException {
        ColumnMapping m = ColumnMapping.AUTO.withSign(sign());
        try {
            m = role(m, TimeSeriesRole.TIME, settings.timeColumn, settings.timeUnit);
            m = role(m, TimeSeriesRole.CURRENT, settings.currentColumn, settings.currentUnit);
            m = role(m, TimeSeriesRole.VOLTAGE, settings.voltageColumn, settings.voltageUnit);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + ". Correct it on the Column mapping tab of the"
                    + " dialog, or leave it blank to detect it.", e);
        }
        boolean any = m.sign() != SignConvention.AUTO;
        for (TimeSeriesRole role : List.of(TimeSeriesRole.TIME, TimeSeriesRole.CURRENT, TimeSeriesRole.VOLTAGE)) {
            any |= m.column(role).isPresent() || m.unit(role).isPresent();
        }
        return any ? m : null;
    }

    private static ColumnMapping role(ColumnMapping m, TimeSeriesRole role, SettingsModelString column,
            SettingsModelString unit) {
        return m.withColumn(role, text(column)).withUnit(role, text(unit));
    }

    /** @return the stripped text, "" for none */
    private static String text(SettingsModelString model) {
        String v = model.getStringValue();
        return v == null ? "" : v.strip();
    }

    private SignConvention sign() throws InvalidSettingsException {
        String text = settings.sign.getStringValue();
        if (CyclerConversionSettings.SIGN_AUTO.equals(text)) {
            return SignConvention.AUTO;
        }
        if (CyclerConversionSettings.SIGN_CHARGE.equals(text)) {
            return SignConvention.POSITIVE_IS_CHARGE;
        }
        if (CyclerConversionSettings.SIGN_DISCHARGE.equals(text)) {
            return SignConvention.POSITIVE_IS_DISCHARGE;
        }
        throw new InvalidSettingsException("Unknown current sign '" + text + "'. Choose '"
                + CyclerConversionSettings.SIGN_AUTO + "', '" + CyclerConversionSettings.SIGN_CHARGE + "' or '"
                + CyclerConversionSettings.SIGN_DISCHARGE + "'.");
    }
}
