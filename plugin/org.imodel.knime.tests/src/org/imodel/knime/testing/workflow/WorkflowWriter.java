package org.imodel.knime.testing.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.imodel.knime.testing.NodeHarness;
import org.imodel.knime.testing.NodeSettingsFile;
import org.imodel.knime.testing.workflow.WorkflowDescription.Connection;
import org.imodel.knime.testing.workflow.WorkflowDescription.DataFile;
import org.imodel.knime.testing.workflow.WorkflowDescription.Node;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsWO;

/**
 * Writes a {@link WorkflowDescription} as a KNIME workflow folder in the layout KNIME 5.x saves (workflow format
 * version 5.1.0; see ../shared/knime-workflows/README.md): workflow.knime, one "Name (#id)/settings.xml" per node
 * saved CONFIGURED, workflow-metadata.xml (the description panel), the data files our code writes, and a README in
 * the folder the user fills. Each node's "model" settings are the node's defaults changed by the description,
 * loaded (validated) by the node's own settings code and saved again by it, so every value is one the node
 * accepts. The files come out byte for byte the same on every run (fixed dates, no qualifier).
 */
public final class WorkflowWriter {

    /** KNIME's workflow format version of every 5.x file (5.1.0 to 5.5.1). */
    public static final String FORMAT_VERSION = "5.1.0";
    /** Lowest KNIME version the extension runs on; recorded as the saving build. */
    public static final String CREATED_BY = "5.5.0";
    /** Author recorded in the files. */
    public static final String AUTHOR = "iMODEL for KNIME (generated)";
    private static final String WHEN = "2026-12-06 00:00:00 +0000";
    private static final String WHEN_ISO = "2026-12-06T00:00:00.000+00:00";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9 ._()]");

    private WorkflowWriter() {
    }

    /**
     * @param workflow a description
     * @return every file of the workflow folder: path inside the folder ('/'-separated) to content
     * @throws Exception when a node rejects its settings or a data file cannot be written
     */
    public static Map<String, byte[]> files(WorkflowDescription workflow) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        NodeSettings wf = new NodeSettings("workflow.knime");
        wf.addString("created_by", CREATED_BY);
        wf.addBoolean("created_by_nightly", false);
        wf.addString("version", FORMAT_VERSION);
        wf.addString("name", null);
        NodeSettingsWO author = wf.addNodeSettings("authorInformation");
        author.addString("authored-by", AUTHOR);
        author.addString("authored-when", WHEN);
        author.addString("lastEdited-by", AUTHOR);
        author.addString("lastEdited-when", WHEN);
        wf.addString("customDescription", null);
        wf.addString("state", "CONFIGURED");
        wf.addNodeSettings("workflow_credentials");
        NodeSettingsWO nodes = wf.addNodeSettings("nodes");
        for (Node node : workflow.nodes()) {
            String folder = nodeFolder(node);
            NodeSettingsWO n = nodes.addNodeSettings("node_" + node.id());
            n.addInt("id", node.id());
            n.addString("node_settings_file", folder + "/settings.xml");
            n.addBoolean("node_is_meta", false);
            n.addString("node_type", "NativeNode");
            n.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            n.addNodeSettings("ui_settings").addIntArray("extrainfo.node.bounds", node.x(), node.y(), -1, -1);
            files.put(folder + "/settings.xml", xml(settingsFile(node)));
        }
        NodeSettingsWO connections = wf.addNodeSettings("connections");
        int i = 0;
        for (Connection c : workflow.connections()) {
            NodeSettingsWO con = connections.addNodeSettings("connection_" + i++);
            con.addInt("sourceID", c.sourceId());
            con.addInt("destID", c.destId());
            con.addInt("sourcePort", c.sourcePort());
            con.addInt("destPort", c.destPort());
        }
        NodeSettingsWO editor = wf.addNodeSettings("workflow_editor_settings");
        editor.addBoolean("workflow.editor.snapToGrid", false);
        editor.addBoolean("workflow.editor.ShowGrid", false);
        editor.addInt("workflow.editor.gridX", -1);
        editor.addInt("workflow.editor.gridY", -1);
        editor.addDouble("workflow.editor.zoomLevel", 1.0);
        editor.addBoolean("workflow.editor.curvedConnections", false);
        editor.addInt("workflow.editor.connectionWidth", 1);
        files.put("workflow.knime", xml(wf));
        files.put("workflow-metadata.xml", metadata(workflow.descriptionText()));
        for (DataFile data : workflow.dataFiles()) {
            files.put(data.path(), text(data.content()));
        }
        workflow.userData().ifPresent(u -> files.put(u.path() + "/README.md", utf8(userDataReadme(workflow))));
        return files;
    }

    /**
     * Writes the workflow folder (replacing its files).
     *
     * @param workflow a description
     * @param root test-workflows/ (or a copy)
     * @return the workflow folder
     * @throws Exception as {@link #files}
     */
    public static Path write(WorkflowDescription workflow, Path root) throws Exception {
        Path dir = root.resolve(workflow.folder());
        for (Map.Entry<String, byte[]> e : files(workflow).entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return dir;
    }

    /**
     * @param node a node
     * @return its folder in the workflow, "Name (#id)", with the characters KNIME replaces in folder names as '_'
     */
    public static String nodeFolder(Node node) {
        return UNSAFE.matcher(nodeName(node.factory())).replaceAll("_") + " (#" + node.id() + ")";
    }

    /**
     * @param factory a node factory of ours
     * @return the node's name from its description (FactoryName.xml beside the factory)
     */
    public static String nodeName(NodeFactory<? extends NodeModel> factory) {
        String resource = factory.getClass().getSimpleName() + ".xml";
        try (InputStream in = factory.getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no node description " + resource + " beside " + factory.getClass());
            }
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            return dbf.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "name").item(0).getTextContent()
                    .strip();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the node name from " + resource + ": " + e.getMessage(), e);
        }
    }

    /** @return our bundle's version as written into node settings ("major.minor.micro.qualifier", a dev build) */
    public static String bundleVersion() {
        try (InputStream in = NodeSettingsFile.class.getClassLoader().getResourceAsStream("META-INF/MANIFEST.MF")) {
            String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
            Matcher m = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)").matcher(version);
            if (!m.find()) {
                throw new IllegalStateException("Bundle-Version " + version + " is not major.minor.micro[.qualifier]");
            }
            return m.group(1) + ".qualifier";
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundle manifest: " + e.getMessage(), e);
        }
    }

    private static NodeSettings settingsFile(Node node) throws InvalidSettingsException {
        NodeHarness<? extends NodeModel> harness = NodeHarness.of(node.factory());
        NodeSettings model = harness.saveSettings();
        node.settings().accept(model);
        harness.loadSettings(model);
        NodeSettingsFile.Annotation annotation = node.annotation().isEmpty() ? null
                : new NodeSettingsFile.Annotation(node.annotation(), node.x() - 40, node.y() + 60, 160);
        return NodeSettingsFile.configured(node.factory(), harness.saveSettings(), nodeName(node.factory()),
                harness.outPortTypes().length, bundleVersion(), annotation);
    }

    private static byte[] xml(NodeSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        settings.saveToXML(out);
        return out.toByteArray();
    }

    private static byte[] text(WorkflowDescription.Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            content.write(w);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** workflow-metadata.xml as KNIME 5.x writes it (TW2 reference), with author and description filled in. */
    private static byte[] metadata(String description) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<workflow-metadata content-type=\"text/plain\""
                + " xmlns=\"http://www.knime.org/core/node/workflow/metadata/v1.0\">\n"
                + "    <author>" + escape(AUTHOR) + "</author>\n"
                + "    <created>" + WHEN_ISO + "</created>\n"
                + "    <last-modified>" + WHEN_ISO + "</last-modified>\n"
                + "    <description>" + escape(description) + "</description>\n"
                + "</workflow-metadata>");
    }

    private static String userDataReadme(WorkflowDescription workflow) {
        return "# Data for the workflow \"" + workflow.name() + "\"\n\n" + workflow.descriptionText() + "\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
