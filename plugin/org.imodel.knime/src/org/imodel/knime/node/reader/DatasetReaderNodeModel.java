package org.imodel.knime.node.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.datasets.DatasetFamily;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.qc.QcReport;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.Locations;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableBuilder;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/** Battery Dataset Reader: published UL/LSD/TPSL per-cycle files to the canonical per-cycle table + QC. */
final class DatasetReaderNodeModel extends SettingsNodeModel<DatasetReaderSettings> {

    DatasetReaderNodeModel() {
        super(0, 2, new DatasetReaderSettings());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        location();
        options();
        return new DataTableSpec[] {TableSpecs.toSpec(CycleColumns.ALL), TableSpecs.toSpec(QcReport.COLUMNS)};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        QcReport qc = new QcReport();
        TableBuilder cycles = new TableBuilder(exec, CycleColumns.ALL);
        try {
            new DatasetReader(options()).read(location(), qc, r -> cycles.add(CycleColumns.values(r)),
                    new KnimeProgress(exec));
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (DataFormatException | IOException e) {
            throw new IllegalStateException(e.getMessage()
                    + " (tick 'Skip rows with malformed values' to read the rest and list them in the QC table)", e);
        }
        List<String> warnings = qc.allWarnings();
        String skipped = qc.skippedSummary();
        if (skipped != null) {
            setWarningMessage(skipped + (warnings.size() > 1 ? ". " + warnings.size() + " QC warning(s) in all,"
                    + " see the QC table." : ""));
        } else if (!warnings.isEmpty()) {
            setWarningMessage(warnings.size() + " QC warning(s), see the QC table; first: " + warnings.get(0));
        }
        return new BufferedDataTable[] {cycles.build(), TableBuilder.of(exec, QcReport.COLUMNS, qc.rows())};
    }

    private Path location() throws InvalidSettingsException {
        boolean folder = DatasetReaderSettings.MODE_FOLDER.equals(settings.mode.getStringValue());
        return Locations.existing(folder, (folder ? settings.folder : settings.file).getStringValue(),
                folder ? "folder with the per-cycle .csv files" : "per-cycle .csv file");
    }

    private ReadOptions options() throws InvalidSettingsException {
        String format = settings.format.getStringValue();
        DatasetFamily family = null;
        if (!DatasetReaderSettings.FORMAT_AUTO.equals(format)) {
            try {
                family = DatasetFamily.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("Unknown format '" + format + "'. Choose UL, LSD, TPSL or '"
                        + DatasetReaderSettings.FORMAT_AUTO + "'.");
            }
        }
        return new ReadOptions(family, settings.ulDecodedChargeRate.getBooleanValue(),
                settings.skipBadRows.getBooleanValue());
    }
}
