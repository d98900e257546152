package org.imodel.knime.port;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpecCodec;
import org.imodel.core.rollout.RolloutMap;
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
 * A model with a rollout map has one more entry, {@value #ROLLOUT_ENTRY}: the map's {@code rollout.*} keys as a
 * properties file (port format 3; before, the map was part of the spec).
 */
public final class ImodelPortObject implements PortObject {

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImodelPortObject.class);

    /** Zip entry of the one network's parameters in format 1. */
    static final String V1_ENTRY = "imodel-parameters-v1.bin";

    /** Prefix of the zip entries of the members' parameters written by this version (followed by "i.bin"). */
    static final String V2_PREFIX = "imodel-parameters-v2-";

    /** Zip entry of the rollout map (written after the parameters, only when the model has a map). */
    static final String ROLLOUT_ENTRY = "imodel-rollout-v1.properties";

    private static final String ENTRY_PREFIX = "imodel-parameters-v";

    private final ImodelPortObjectSpec spec;
    private final List<byte[]> members;
    private final RolloutMap rollout;

    /** @param model the model (spec, rollout map if any, and parameters) */
    public ImodelPortObject(ModelFile model) {
        this(new ImodelPortObjectSpec(model.spec()), model.members(), model.spec().rollout());
    }

    private ImodelPortObject(ImodelPortObjectSpec spec, List<byte[]> members, RolloutMap rollout) {
        this.spec = spec;
        this.members = members.stream().map(byte[]::clone).toList();
        this.rollout = rollout;
    }

    /** @return the model as the engine's model file content, its rollout map included */
    public ModelFile model() {
        return new ModelFile(spec.modelSpec().orElseThrow().withRollout(rollout),
                members.stream().map(byte[]::clone).toList());
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

    /** The rollout map after the parameters: its own entry (format 3), or the one a format-2 spec held. */
    private static RolloutMap rollout(PortObjectZipInputStream in, ImodelPortObjectSpec spec) throws IOException {
        if (!spec.hasRolloutMap()) {
            return null;
        }
        if (spec.legacyRollout() != null) {
            return spec.legacyRollout();
        }
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !entry.getName().equals(ROLLOUT_ENTRY)) {
            throw new IOException("The saved iMODEL has a rollout map but not its entry " + ROLLOUT_ENTRY + " (found "
                    + (entry == null ? "none" : entry.getName()) + "). The saved workflow is damaged; run the"
                    + " Learner again.");
        }
        Properties p = new Properties();
        p.load(new ByteArrayInputStream(in.readAllBytes()));
        try {
            return ModelSpecCodec.readRollout(p);
        } catch (IllegalArgumentException e) {
            throw new IOException("The saved iMODEL's rollout map cannot be read: " + e.getMessage(), e);
        }
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
            if (portObject.rollout != null) {
                out.putNextEntry(new ZipEntry(ROLLOUT_ENTRY));
                // key=value lines in key order, no date comment: the same map gives the same bytes
                Properties p = ModelSpecCodec.writeRollout(portObject.rollout);
                StringBuilder text = new StringBuilder();
                p.stringPropertyNames().stream().sorted().forEach(k -> text.append(k).append('=')
                        .append(p.getProperty(k)).append('\n'));
                out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
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
            return new ImodelPortObject(model, members, rollout(in, model));
        }
    }
}
