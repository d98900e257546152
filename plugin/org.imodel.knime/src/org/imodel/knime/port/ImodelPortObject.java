package org.imodel.knime.port;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * The trained iMODEL travelling between nodes: its spec plus the network parameters (of each member of an
 * ensemble). The serializer writes each network's parameters as one binary zip entry (the spec, a small config, is
 * saved by the spec serializer), as KNIME's deep-learning ports do; a model config entry per byte would make
 * workflows huge. The entry names carry the format version: {@code imodel-parameters-v1.bin} (one network, written
 * before ensembles existed; still read), {@code imodel-parameters-v2-<member>.bin} (written now, one per member).
 */
public final class ImodelPortObject implements PortObject {

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImodelPortObject.class);

    /** Zip entry of the one network's parameters in format 1. */
    static final String V1_ENTRY = "imodel-parameters-v1.bin";

    /** Prefix of the zip entries of the members' parameters written by this version (followed by "i.bin"). */
    static final String V2_PREFIX = "imodel-parameters-v2-";

    private static final String ENTRY_PREFIX = "imodel-parameters-v";

    private final ImodelPortObjectSpec spec;
    private final List<byte[]> members;

    /** @param model the model (spec and parameters) */
    public ImodelPortObject(ModelFile model) {
        this(new ImodelPortObjectSpec(model.spec()), model.members());
    }

    private ImodelPortObject(ImodelPortObjectSpec spec, List<byte[]> members) {
        this.spec = spec;
        this.members = members.stream().map(byte[]::clone).toList();
    }

    /** @return the model as the engine's model file content */
    public ModelFile model() {
        return new ModelFile(spec.modelSpec().orElseThrow(), members.stream().map(byte[]::clone).toList());
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
            for (int i = 0; i < portObject.members.size(); i++) {
                out.putNextEntry(new ZipEntry(V2_PREFIX + i + ".bin"));
                out.write(portObject.members.get(i));
                out.closeEntry();
            }
        }

        @Override
        public ImodelPortObject loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec,
                ExecutionMonitor exec) throws IOException {
            if (!(spec instanceof ImodelPortObjectSpec) || ((ImodelPortObjectSpec) spec).modelSpec().isEmpty()) {
                throw new IOException("Not the spec of a trained iMODEL: " + spec);
            }
            ImodelPortObjectSpec model = (ImodelPortObjectSpec) spec;
            int count = model.modelSpec().get().ensemble().members();
            List<byte[]> members = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ZipEntry entry = in.getNextEntry();
                String expected = V2_PREFIX + i + ".bin";
                if (entry == null || !entry.getName().startsWith(ENTRY_PREFIX)) {
                    throw new IOException("The saved iMODEL holds " + (i == 0 ? "no parameters" : "parameters of only "
                            + i + " of its " + count + " members") + " (entry " + expected + " expected, found "
                            + (entry == null ? "none" : entry.getName()) + ").");
                }
                boolean v1 = i == 0 && count == 1 && entry.getName().equals(V1_ENTRY);
                if (!v1 && !entry.getName().equals(expected)) {
                    throw new IOException("The saved iMODEL has parameters in format '" + entry.getName()
                            + "', not one this extension reads (" + V1_ENTRY + " or " + expected
                            + "). Update the iMODEL extension.");
                }
                members.add(in.readAllBytes());
            }
            return new ImodelPortObject(model, members);
        }
    }
}
