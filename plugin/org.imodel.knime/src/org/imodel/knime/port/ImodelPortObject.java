package org.imodel.knime.port;

import org.imodel.core.artifact.ModelFile;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The trained iMODEL travelling between nodes: its spec plus the network parameters. Saved with KNIME's port
 * serializer, so the generic Model Writer/Reader nodes work; the same content as the CLI's {@code .imodel} file.
 */
public final class ImodelPortObject extends AbstractSimplePortObject {

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImodelPortObject.class);

    private static final String PARAMETERS = "parameters";

    private ImodelPortObjectSpec spec;
    private byte[] parameters;

    /** Framework constructor; filled by {@link #load(ModelContentRO, PortObjectSpec, ExecutionMonitor)}. */
    public ImodelPortObject() {
    }

    /** @param model the model (spec and parameters) */
    public ImodelPortObject(ModelFile model) {
        this.spec = new ImodelPortObjectSpec(model.spec());
        this.parameters = model.parameters().clone();
    }

    /** @return the model as the engine's model file content */
    public ModelFile model() {
        return new ModelFile(spec.modelSpec(), parameters.clone());
    }

    @Override
    public String getSummary() {
        return spec.modelSpec().summary();
    }

    @Override
    public ImodelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    protected void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException {
        model.addByteArray(PARAMETERS, parameters);
    }

    @Override
    protected void load(ModelContentRO model, PortObjectSpec portSpec, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        if (!(portSpec instanceof ImodelPortObjectSpec)) {
            throw new InvalidSettingsException("Not an iMODEL model spec: " + portSpec);
        }
        spec = (ImodelPortObjectSpec) portSpec;
        parameters = model.getByteArray(PARAMETERS);
    }

    /** Serializer registered with the org.knime.core.PortType extension point. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<ImodelPortObject> {
    }
}
