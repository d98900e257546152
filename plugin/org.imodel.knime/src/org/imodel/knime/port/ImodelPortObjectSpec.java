package org.imodel.knime.port;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.ModelSpecCodec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * Spec of the iMODEL model port: the engine's {@link ModelSpec} (features and windows, scaler, network settings,
 * scenario channels and units, provenance), available at configure time so that downstream nodes can reject
 * incompatible input before execution.
 */
public final class ImodelPortObjectSpec extends AbstractSimplePortObjectSpec {

    private static final String KEY = "imodel_spec";

    private ModelSpec spec;

    /** Framework constructor; the spec is filled by {@link #load(ModelContentRO)}. */
    public ImodelPortObjectSpec() {
    }

    /** @param spec the model spec */
    public ImodelPortObjectSpec(ModelSpec spec) {
        this.spec = spec;
    }

    /** @return the engine's model spec */
    public ModelSpec modelSpec() {
        return spec;
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addString(KEY, ModelSpecCodec.toText(spec));
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        try {
            spec = ModelSpecCodec.fromText(model.getString(KEY));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("The iMODEL model spec cannot be read: " + e.getMessage(), e);
        }
    }

    /** Serializer registered with the org.knime.core.PortType extension point. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ImodelPortObjectSpec> {
    }
}
