package org.imodel.knime.node.reader;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Battery Dataset Reader node. */
final class DatasetReaderNodeDialog extends DefaultNodeSettingsPane {

    private static final int OPEN_DIALOG = 0;

    DatasetReaderNodeDialog() {
        DatasetReaderSettings s = new DatasetReaderSettings();
        createNewGroup("Input");
        addDialogComponent(new DialogComponentStringSelection(s.mode, "Read", DatasetReaderSettings.MODE_FOLDER,
                DatasetReaderSettings.MODE_FILE));
        addDialogComponent(new DialogComponentFileChooser(s.folder, "imodel-dataset-folder", OPEN_DIALOG, true));
        addDialogComponent(new DialogComponentFileChooser(s.file, "imodel-dataset-file", OPEN_DIALOG, false, ".csv"));
        closeCurrentGroup();
        createNewGroup("Format");
        addDialogComponent(new DialogComponentStringSelection(s.format, "Format", DatasetReaderSettings.FORMAT_AUTO,
                "UL", "LSD", "TPSL"));
        addDialogComponent(new DialogComponentBoolean(s.ulDecodedChargeRate,
                "UL: use the charge C-rate decoded from the file name (not the published code/10)"));
        addDialogComponent(new DialogComponentBoolean(s.skipBadRows,
                "Skip rows with malformed values (listed in the QC table)"));
        closeCurrentGroup();
    }
}
