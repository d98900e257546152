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

    final SettingsModelString mode;
    final SettingsModelString file;
    final SettingsModelString folder;
    final SettingsModelString format;
    final SettingsModelBoolean ulDecodedChargeRate;
    final SettingsModelBoolean skipBadRows;

    DatasetReaderSettings() {
        this(new SettingsModelString("mode", MODE_FOLDER), new SettingsModelString("file", ""),
                new SettingsModelString("folder", ""), new SettingsModelString("format", FORMAT_AUTO),
                new SettingsModelBoolean("ul_decoded_charge_rate", false),
                new SettingsModelBoolean(SKIP_BAD_ROWS_KEY, false));
    }

    private DatasetReaderSettings(SettingsModelString mode, SettingsModelString file, SettingsModelString folder,
            SettingsModelString format, SettingsModelBoolean ulDecodedChargeRate, SettingsModelBoolean skipBadRows) {
        super(mode, file, folder, format, ulDecodedChargeRate, skipBadRows);
        this.mode = mode;
        this.file = file;
        this.folder = folder;
        this.format = format;
        this.ulDecodedChargeRate = ulDecodedChargeRate;
        this.skipBadRows = skipBadRows;
        addedLater(skipBadRows, SKIP_BAD_ROWS_KEY);
    }
}
