package org.imodel.knime.node.cycler;

import org.imodel.core.timeseries.ExtractionSettings;
import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Cycler Time Series to Cycles node; the config keys are a public contract. Defaults are those of
 * {@link ExtractionSettings#defaults()}; the node builds the engine settings from these in configure and execute.
 */
final class CyclerConversionSettings extends SettingsGroup {

    static final String MODE_FILE = "Single file";
    static final String MODE_FOLDER = "Folder (all .csv, .txt, .tsv, .dat files, recursively)";
    static final String SIGN_AUTO = "Detect";
    static final String SIGN_CHARGE = "Positive current charges the cell";
    static final String SIGN_DISCHARGE = "Positive current discharges the cell";

    /** Config key of "Skip rows with malformed values"; absent in settings saved before it existed (then false). */
    static final String SKIP_BAD_ROWS_KEY = "skip_bad_rows";

    final SettingsModelString mode;
    final SettingsModelString file;
    final SettingsModelString folder;
    final SettingsModelDouble ciStartVolt;
    final SettingsModelDouble ciEndVolt;
    final SettingsModelIntegerBounded ciPoints;
    final SettingsModelDouble relaxationMinVolt;
    /** 0 switches the filter off. */
    final SettingsModelDoubleBounded capacityJumpAh;
    final SettingsModelBoolean rpt;
    final SettingsModelIntegerBounded rptPeriod;
    final SettingsModelIntegerBounded rptOffset;
    /** Blank: the measured temperature. */
    final SettingsModelString temperature;
    final SettingsModelString condition;
    /** Blank column names and units: detected. */
    final SettingsModelString timeColumn;
    final SettingsModelString timeUnit;
    final SettingsModelString currentColumn;
    final SettingsModelString currentUnit;
    final SettingsModelString voltageColumn;
    final SettingsModelString voltageUnit;
    final SettingsModelString sign;
    final SettingsModelBoolean skipBadRows;

    CyclerConversionSettings() {
        this(ExtractionSettings.defaults(), new SettingsModelString("mode", MODE_FOLDER),
                new SettingsModelString("file", ""), new SettingsModelString("folder", ""));
    }

    private CyclerConversionSettings(ExtractionSettings d, SettingsModelString mode, SettingsModelString file,
            SettingsModelString folder) {
        this(mode, file, folder, new SettingsModelDouble("ci_start_voltage_volt", d.ciStartVolt()),
                new SettingsModelDouble("ci_end_voltage_volt", d.ciEndVolt()),
                new SettingsModelIntegerBounded("ci_point_count", d.ciPoints(), 2, 10_000),
                new SettingsModelDouble("relaxation_min_voltage_volt", d.relaxationMinVolt()),
                new SettingsModelDoubleBounded("capacity_jump_ah", 0, 0, 1e6),
                new SettingsModelBoolean("rpt_interpolation", d.rptInterpolation()),
                new SettingsModelIntegerBounded("rpt_period", d.rptPeriod(), 1, 100_000),
                new SettingsModelIntegerBounded("rpt_offset", d.rptOffset(), 0, 99_999),
                new SettingsModelString("fixed_temperature_celsius", ""), new SettingsModelString("condition", ""),
                new SettingsModelString("time_column", ""), new SettingsModelString("time_unit", ""),
                new SettingsModelString("current_column", ""), new SettingsModelString("current_unit", ""),
                new SettingsModelString("voltage_column", ""), new SettingsModelString("voltage_unit", ""),
                new SettingsModelString("current_sign", SIGN_AUTO),
                new SettingsModelBoolean(SKIP_BAD_ROWS_KEY, d.skipBadRows()));
    }

    private CyclerConversionSettings(SettingsModelString mode, SettingsModelString file, SettingsModelString folder,
            SettingsModelDouble ciStartVolt, SettingsModelDouble ciEndVolt, SettingsModelIntegerBounded ciPoints,
            SettingsModelDouble relaxationMinVolt, SettingsModelDoubleBounded capacityJumpAh,
            SettingsModelBoolean rpt, SettingsModelIntegerBounded rptPeriod, SettingsModelIntegerBounded rptOffset,
            SettingsModelString temperature, SettingsModelString condition, SettingsModelString timeColumn,
            SettingsModelString timeUnit, SettingsModelString currentColumn, SettingsModelString currentUnit,
            SettingsModelString voltageColumn, SettingsModelString voltageUnit, SettingsModelString sign,
            SettingsModelBoolean skipBadRows) {
        super(mode, file, folder, ciStartVolt, ciEndVolt, ciPoints, relaxationMinVolt, capacityJumpAh, rpt,
                rptPeriod, rptOffset, temperature, condition, timeColumn, timeUnit, currentColumn, currentUnit,
                voltageColumn, voltageUnit, sign, skipBadRows);
        this.mode = mode;
        this.file = file;
        this.folder = folder;
        this.ciStartVolt = ciStartVolt;
        this.ciEndVolt = ciEndVolt;
        this.ciPoints = ciPoints;
        this.relaxationMinVolt = relaxationMinVolt;
        this.capacityJumpAh = capacityJumpAh;
        this.rpt = rpt;
        this.rptPeriod = rptPeriod;
        this.rptOffset = rptOffset;
        this.temperature = temperature;
        this.condition = condition;
        this.timeColumn = timeColumn;
        this.timeUnit = timeUnit;
        this.currentColumn = currentColumn;
        this.currentUnit = currentUnit;
        this.voltageColumn = voltageColumn;
        this.voltageUnit = voltageUnit;
        this.sign = sign;
        this.skipBadRows = skipBadRows;
        addedLater(skipBadRows, SKIP_BAD_ROWS_KEY);
    }
}
