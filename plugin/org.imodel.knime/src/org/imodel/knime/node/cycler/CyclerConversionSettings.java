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

    private static final ExtractionSettings D = ExtractionSettings.defaults();

    final SettingsModelString mode = add(new SettingsModelString("mode", MODE_FOLDER));
    final SettingsModelString file = add(new SettingsModelString("file", ""));
    final SettingsModelString folder = add(new SettingsModelString("folder", ""));
    final SettingsModelDouble ciStartVolt = add(new SettingsModelDouble("ci_start_voltage_volt", D.ciStartVolt()));
    final SettingsModelDouble ciEndVolt = add(new SettingsModelDouble("ci_end_voltage_volt", D.ciEndVolt()));
    final SettingsModelIntegerBounded ciPoints = add(
            new SettingsModelIntegerBounded("ci_point_count", D.ciPoints(), 2, 10_000));
    final SettingsModelDouble relaxationMinVolt = add(
            new SettingsModelDouble("relaxation_min_voltage_volt", D.relaxationMinVolt()));
    /** 0 switches the filter off. */
    final SettingsModelDoubleBounded capacityJumpAh = add(
            new SettingsModelDoubleBounded("capacity_jump_ah", 0, 0, 1e6));
    final SettingsModelBoolean rpt = add(new SettingsModelBoolean("rpt_interpolation", D.rptInterpolation()));
    final SettingsModelIntegerBounded rptPeriod = add(
            new SettingsModelIntegerBounded("rpt_period", D.rptPeriod(), 1, 100_000));
    final SettingsModelIntegerBounded rptOffset = add(
            new SettingsModelIntegerBounded("rpt_offset", D.rptOffset(), 0, 99_999));
    /** Blank: the measured temperature. */
    final SettingsModelString temperature = add(new SettingsModelString("fixed_temperature_celsius", ""));
    final SettingsModelString condition = add(new SettingsModelString("condition", ""));
    /** Blank column names and units: detected. */
    final SettingsModelString timeColumn = add(new SettingsModelString("time_column", ""));
    final SettingsModelString timeUnit = add(new SettingsModelString("time_unit", ""));
    final SettingsModelString currentColumn = add(new SettingsModelString("current_column", ""));
    final SettingsModelString currentUnit = add(new SettingsModelString("current_unit", ""));
    final SettingsModelString voltageColumn = add(new SettingsModelString("voltage_column", ""));
    final SettingsModelString voltageUnit = add(new SettingsModelString("voltage_unit", ""));
    final SettingsModelString sign = add(new SettingsModelString("current_sign", SIGN_AUTO));
    final SettingsModelBoolean skipBadRows = addLater(new SettingsModelBoolean(SKIP_BAD_ROWS_KEY, D.skipBadRows()),
            SKIP_BAD_ROWS_KEY);
}
