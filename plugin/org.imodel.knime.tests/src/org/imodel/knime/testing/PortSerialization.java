package org.imodel.knime.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;

/**
 * Saves and loads port objects and specs through their registered serializers as KNIME's framework does when a
 * workflow is saved and loaded: the spec into its own zip, the object into another (it gets the loaded spec back).
 */
public final class PortSerialization {

    private PortSerialization() {
    }

    /**
     * @param serializer the spec serializer
     * @param spec the spec
     * @param <S> spec type
     * @return the zip bytes
     * @throws IOException on write errors
     */
    public static <S extends PortObjectSpec> byte[] saveSpec(PortObjectSpecSerializer<S> serializer, S spec)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = Internals.construct(PortObjectSpecZipOutputStream.class,
                new Class<?>[] {OutputStream.class}, bytes)) {
            serializer.savePortObjectSpec(spec, out);
        }
        return bytes.toByteArray();
    }

    /**
     * @param serializer the spec serializer
     * @param zip zip bytes from {@link #saveSpec}
     * @param <S> spec type
     * @return the spec
     * @throws IOException on read errors
     */
    public static <S extends PortObjectSpec> S loadSpec(PortObjectSpecSerializer<S> serializer, byte[] zip)
            throws IOException {
        try (PortObjectSpecZipInputStream in = Internals.construct(PortObjectSpecZipInputStream.class,
                new Class<?>[] {InputStream.class}, new ByteArrayInputStream(zip))) {
            return serializer.loadPortObjectSpec(in);
        }
    }

    /**
     * @param serializer the object serializer
     * @param object the object
     * @param <O> object type
     * @return the zip bytes
     * @throws IOException on write errors
     * @throws CanceledExecutionException never (no cancel requested)
     */
    public static <O extends PortObject> byte[] saveObject(PortObjectSerializer<O> serializer, O object)
            throws IOException, CanceledExecutionException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = Internals.construct(PortObjectZipOutputStream.class,
                new Class<?>[] {OutputStream.class}, bytes)) {
            serializer.savePortObject(object, out, new ExecutionMonitor());
        }
        return bytes.toByteArray();
    }

    /**
     * @param serializer the object serializer
     * @param zip zip bytes from {@link #saveObject}
     * @param spec the object's (loaded) spec
     * @param <O> object type
     * @return the object
     * @throws IOException on read errors
     * @throws CanceledExecutionException never (no cancel requested)
     */
    public static <O extends PortObject> O loadObject(PortObjectSerializer<O> serializer, byte[] zip,
            PortObjectSpec spec) throws IOException, CanceledExecutionException {
        try (PortObjectZipInputStream in = Internals.construct(PortObjectZipInputStream.class,
                new Class<?>[] {InputStream.class}, new ByteArrayInputStream(zip))) {
            return serializer.loadPortObject(in, spec, new ExecutionMonitor());
        }
    }

    /**
     * Saves a port object that writes itself (KNIME's {@link AbstractPortObject}, e.g. an image port) as its
     * serializer does: through its protected save into a port object zip stream.
     *
     * @param object the object
     * @return the zip bytes
     * @throws Exception what save throws
     */
    public static byte[] saveSelf(AbstractPortObject object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = Internals.construct(PortObjectZipOutputStream.class,
                new Class<?>[] {OutputStream.class}, bytes)) {
            Internals.call(object, AbstractPortObject.class, "save", new Class<?>[] {PortObjectZipOutputStream.class,
                ExecutionMonitor.class}, out, new ExecutionMonitor());
        }
        return bytes.toByteArray();
    }
}
