package org.imodel.knime.node.reader;

import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Battery Dataset Reader node; the config keys are a public contract. */
final class DatasetReaderSettings extends SettingsGroup {

    static final String MODE_FILE = "Single file";
    static final String MODE_FOLDER = "Folder (all .csv files, recursively)";
    static final String FORMAT_AUTO = "Detect from header";
    /** Config key of "Skip rows with malformed values"; absent in settings saved before it existed (then false). */
    static final String SKIP_BAD_ROWS_KEY = "skip_bad_rows";

    final SettingsModelString mode = add(new SettingsModelString("mode", MODE_FOLDER));
    final SettingsModelString file = add(new SettingsModelString("file", ""));
    final SettingsModelString folder = add(new SettingsModelString("folder", ""));
    final SettingsModelString format = add(new SettingsModelString("format", FORMAT_AUTO));
    final SettingsModelBoolean ulDecodedChargeRate = add(new SettingsModelBoolean("ul_decoded_charge_rate", false));
    final SettingsModelBoolean skipBadRows = addLater(
            new SettingsModelBoolean(SKIP_BAD_ROWS_KEY, false), SKIP_BAD_ROWS_KEY);
}
