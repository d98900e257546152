package org.imodel.knime.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.imodel.core.artifact.ModelFile;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The trained iMODEL travelling between nodes: its spec plus the network parameters. The serializer writes the
 * parameters as one binary zip entry (the spec, a small config, is saved by the spec serializer), as KNIME's
 * deep-learning ports do; a model config entry per byte would make workflows huge. The entry name carries the
 * format version.
 */
public final class ImodelPortObject implements PortObject {

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImodelPortObject.class);

    /** Zip entry of the parameters written by this version. */
    static final String PARAMETERS_ENTRY = "imodel-parameters-v1.bin";

    private static final String ENTRY_PREFIX = "imodel-parameters-v";

    private final ImodelPortObjectSpec spec;
    private final byte[] parameters;

    /** @param model the model (spec and parameters) */
    public ImodelPortObject(ModelFile model) {
        this(new ImodelPortObjectSpec(model.spec()), model.parameters());
    }

    private ImodelPortObject(ImodelPortObjectSpec spec, byte[] parameters) {
        this.spec = spec;
        this.parameters = parameters.clone();
    }

    /** @return the model as the engine's model file content */
    public ModelFile model() {
        return new ModelFile(spec.modelSpec().orElseThrow(), parameters.clone());
    }

    @Override
    public String getSummary() {
        return spec.summary();
    }

    @Override
    public ImodelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    /** Serializer registered with the org.knime.core.PortType extension point. */
    public static final class Serializer extends PortObjectSerializer<ImodelPortObject> {

        @Override
        public void savePortObject(ImodelPortObject portObject, PortObjectZipOutputStream out,
                ExecutionMonitor exec) throws IOException {
            out.putNextEntry(new ZipEntry(PARAMETERS_ENTRY));
            out.write(portObject.parameters);
            out.closeEntry();
        }

        @Override
        public ImodelPortObject loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec,
                ExecutionMonitor exec) throws IOException {
            if (!(spec instanceof ImodelPortObjectSpec) || ((ImodelPortObjectSpec) spec).modelSpec().isEmpty()) {
                throw new IOException("Not the spec of a trained iMODEL: " + spec);
            }
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !entry.getName().startsWith(ENTRY_PREFIX)) {
                throw new IOException("The saved iMODEL holds no parameters (entry " + PARAMETERS_ENTRY
                        + " expected, found " + (entry == null ? "none" : entry.getName()) + ").");
            }
            if (!entry.getName().equals(PARAMETERS_ENTRY)) {
                throw new IOException("The saved iMODEL has parameters in format '" + entry.getName()
                        + "', newer than this extension reads (" + PARAMETERS_ENTRY + "). Update the iMODEL extension.");
            }
            return new ImodelPortObject((ImodelPortObjectSpec) spec, in.readAllBytes());
        }
    }
}
