package org.imodel.knime.node.features;

import org.imodel.core.features.FeatureColumns;
import org.imodel.core.features.FeatureDefaults;
import org.imodel.core.table.ColumnDef;
import org.imodel.knime.common.CycleRows;
import org.imodel.knime.common.SettingsNodeModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * Degradation Feature Extractor: appends the iMODEL features and the re-gridded curve to a per-cycle table; the
 * per-row work is the engine's {@link FeatureColumns}.
 */
final class FeatureExtractorNodeModel extends SettingsNodeModel<FeatureExtractorSettings> {

    FeatureExtractorNodeModel() {
        super(1, 1, new FeatureExtractorSettings());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = inSpecs[0];
        return new DataTableSpec[] {rearranger(in, new FeatureCellFactory(cycleRows(in), features(in)))
                .createSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        DataTableSpec in = inData[0].getDataTableSpec();
        FeatureColumns features = features(in);
        FeatureCellFactory factory = new FeatureCellFactory(cycleRows(in), features);
        BufferedDataTable out;
        try {
            out = exec.createColumnRearrangeTable(inData[0], rearranger(in, factory), exec);
        } catch (CanceledExecutionException e) {
            throw e;
        } catch (Exception e) {
            // KNIME may wrap what the (concurrent) cell factory threw; the factory kept the engine's message
            String rejected = factory.firstError();
            if (rejected == null) {
                throw e;
            }
            throw new IllegalStateException(rejected, e);
        }
        features.report().message().ifPresent(this::setWarningMessage);
        return new BufferedDataTable[] {out};
    }

    private static ColumnRearranger rearranger(DataTableSpec in, FeatureCellFactory factory) {
        ColumnRearranger rearranger = new ColumnRearranger(in);
        rearranger.append(factory);
        return rearranger;
    }

    private static CycleRows cycleRows(DataTableSpec in) throws InvalidSettingsException {
        try {
            return new CycleRows(in);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** @return the engine's feature columns for the settings, checked not to clash with the input's columns */
    private FeatureColumns features(DataTableSpec in) throws InvalidSettingsException {
        FeatureDefaults defaults;
        try {
            defaults = FeatureDefaults.parse(settings.defaults.getStringValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + ". Choose the feature defaults in the dialog.", e);
        }
        FeatureColumns features;
        try {
            features = new FeatureColumns(defaults, settings.soc.getIntValue(),
                    settings.physicalGrid.getBooleanValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + ". Choose the SOC start in the dialog.", e);
        }
        for (ColumnDef column : features.columns()) {
            if (in.containsName(column.name())) {
                throw new InvalidSettingsException("The input already has a column '" + column.name() + "' (from an"
                        + " earlier Degradation Feature Extractor?). Remove or rename it, e.g. with a Column Filter,"
                        + " before this node.");
            }
        }
        return features;
    }
}
