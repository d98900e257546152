package org.imodel.knime.node.cycler;

import java.util.Locale;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the Cycler Time Series to Cycles node. */
final class CyclerConversionNodeDialog extends DefaultNodeSettingsPane {

    private static final int OPEN_DIALOG = 0;

    CyclerConversionNodeDialog() {
        CyclerConversionSettings s = new CyclerConversionSettings();
        setDefaultTabTitle("Input");
        addDialogComponent(new DialogComponentStringSelection(s.mode, "Read", CyclerConversionSettings.MODE_FOLDER,
                CyclerConversionSettings.MODE_FILE));
        addDialogComponent(new DialogComponentFileChooser(s.folder, "imodel-cycler-folder", OPEN_DIALOG, true));
        addDialogComponent(new DialogComponentFileChooser(s.file, "imodel-cycler-file", OPEN_DIALOG, false,
                ".csv|.txt|.tsv|.dat"));

        createNewTab("Extraction");
        createNewGroup("Capacity-increment (CI) curve");
        addDialogComponent(new DialogComponentNumber(s.ciStartVolt, "Voltage window start (V)", 0.01));
        addDialogComponent(new DialogComponentNumber(s.ciEndVolt, "Voltage window end (V)", 0.01));
        addDialogComponent(new DialogComponentNumber(s.ciPoints, "Grid points", 1));
        closeCurrentGroup();
        createNewGroup("Relaxation");
        addDialogComponent(new DialogComponentNumber(s.relaxationMinVolt,
                "Keep rest voltages above (V)", 0.01));
        closeCurrentGroup();
        createNewGroup("Discharge capacity");
        addDialogComponent(new DialogComponentNumber(s.capacityJumpAh,
                "Drop a cycle whose capacity jumps by at least (Ah, 0 = off)", 0.01));
        addDialogComponent(new DialogComponentBoolean(s.rpt,
                "Measure only on RPT cycles (cycle mod period = offset) and interpolate in between"));
        addDialogComponent(new DialogComponentNumber(s.rptPeriod, "RPT period (cycles)", 1));
        addDialogComponent(new DialogComponentNumber(s.rptOffset, "RPT offset", 1));
        closeCurrentGroup();
        createNewGroup("Labels");
        addDialogComponent(new DialogComponentString(s.temperature,
                "Fixed temperature (degC, blank = measured mean per cycle)"));
        addDialogComponent(new DialogComponentString(s.condition, "Condition label"));
        closeCurrentGroup();
        createNewGroup("Bad rows");
        addDialogComponent(new DialogComponentBoolean(s.skipBadRows,
                "Skip rows with malformed values (counted in the QC table)"));
        closeCurrentGroup();

        createNewTab("Column mapping");
        role("Time", s.timeColumn, s.timeUnit, "s, ms, min, h");
        role("Current", s.currentColumn, s.currentUnit, "A, mA");
        role("Voltage", s.voltageColumn, s.voltageUnit, "V, mV");
        addDialogComponent(new DialogComponentStringSelection(s.sign, "Current sign",
                CyclerConversionSettings.SIGN_AUTO, CyclerConversionSettings.SIGN_CHARGE,
                CyclerConversionSettings.SIGN_DISCHARGE));

        s.mode.addChangeListener(e -> enable(s));
        s.rpt.addChangeListener(e -> enable(s));
        enable(s);
    }

    private void role(String role, SettingsModelString column, SettingsModelString unit, String units) {
        createNewGroup(role);
        DialogComponent name = new DialogComponentString(column, "Column (blank = detect)");
        name.setToolTipText("The header name of the " + role.toLowerCase(Locale.ROOT) + " column, as in the file");
        addDialogComponent(name);
        DialogComponent u = new DialogComponentString(unit, "Unit (blank = detect)");
        u.setToolTipText("e.g. " + units);
        addDialogComponent(u);
        closeCurrentGroup();
    }

    private static void enable(CyclerConversionSettings s) {
        boolean folder = CyclerConversionSettings.MODE_FOLDER.equals(s.mode.getStringValue());
        s.folder.setEnabled(folder);
        s.file.setEnabled(!folder);
        s.rptPeriod.setEnabled(s.rpt.getBooleanValue());
        s.rptOffset.setEnabled(s.rpt.getBooleanValue());
    }
}
