package org.imodel.knime.testing;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsWO;

/**
 * Writes the settings.xml of one of our nodes in a workflow, saved CONFIGURED, in the layout of the files KNIME
 * 5.1 and 5.4 save (see ../shared/knime-workflows/README.md): node_file, flow_stack, memory policy, the node's own
 * "model" settings (written by the node's settings code through {@link NodeHarness#saveSettings()}), state,
 * factory, node and bundle names, empty factory settings, unexecuted ports and file stores. For workflow folders
 * (test-workflows) that must be produced by our code, never by hand.
 */
public final class NodeSettingsFile {

    /** Our bundle, as KNIME records it for nodes from a development build. */
    public static final String BUNDLE_SYMBOLIC_NAME = "org.imodel.knime";

    private NodeSettingsFile() {
    }

    /**
     * @param factory the node's factory
     * @param model the node's settings ("model" config, e.g. from {@link NodeHarness#saveSettings()})
     * @param nodeName the node's name (as in its description)
     * @param outPorts number of data/model output ports (port 0, the flow-variable port, is not listed)
     * @param bundleVersion our bundle's version, e.g. "0.1.0.qualifier"
     * @return the content of settings.xml
     */
    public static NodeSettings configured(NodeFactory<? extends NodeModel> factory, NodeSettings model,
            String nodeName, int outPorts, String bundleVersion) {
        return configured(factory, model, nodeName, outPorts, bundleVersion, null);
    }

    /**
     * @param factory the node's factory
     * @param model the node's settings ("model" config, e.g. from {@link NodeHarness#saveSettings()})
     * @param nodeName the node's name (as in its description)
     * @param outPorts number of data/model output ports (port 0, the flow-variable port, is not listed)
     * @param bundleVersion our bundle's version, e.g. "0.1.0.qualifier"
     * @param annotation the node's annotation (text under the node, laid out as KNIME 5.1 saves a plain-text one
     *            at the given position), or null for none
     * @return the content of settings.xml
     */
    public static NodeSettings configured(NodeFactory<? extends NodeModel> factory, NodeSettings model,
            String nodeName, int outPorts, String bundleVersion, Annotation annotation) {
        NodeSettings s = new NodeSettings("settings.xml");
        s.addString("node_file", "settings.xml");
        s.addNodeSettings("flow_stack");
        s.addNodeSettings("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        model.copyTo(s.addNodeSettings("model"));
        if (annotation != null) {
            annotation.addTo(s.addNodeSettings("nodeAnnotation"));
        }
        s.addString("customDescription", null);
        s.addString("state", "CONFIGURED");
        s.addString("factory", factory.getClass().getName());
        s.addString("node-name", nodeName);
        s.addString("node-bundle-name", "iMODEL nodes for KNIME");
        s.addString("node-bundle-symbolic-name", BUNDLE_SYMBOLIC_NAME);
        s.addString("node-bundle-vendor", "iMODEL for KNIME");
        s.addString("node-bundle-version", bundleVersion);
        s.addString("node-feature-name", null);
        s.addString("node-feature-symbolic-name", null);
        s.addString("node-feature-vendor", null);
        s.addString("node-feature-version", "0.0.0");
        s.addNodeSettings("factory_settings");
        s.addString("name", nodeName);
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        NodeSettingsWO ports = s.addNodeSettings("ports");
        for (int i = 1; i <= outPorts; i++) {
            NodeSettingsWO port = ports.addNodeSettings("port_" + i);
            port.addInt("index", i);
            port.addString("port_dir_location", null);
        }
        NodeSettingsWO filestores = s.addNodeSettings("filestores");
        filestores.addString("file_store_location", null);
        filestores.addString("file_store_id", null);
        return s;
    }

    /**
     * A plain-text node annotation (the text under a node).
     *
     * @param text the text (lines separated by \n)
     * @param x left edge
     * @param y top edge
     * @param width width
     */
    public record Annotation(String text, int x, int y, int width) {

        /** Line height of KNIME's default annotation font (size 9), as in KNIME's saved files. */
        private static final int LINE_HEIGHT = 15;
        private static final int WHITE = 16777215;

        void addTo(NodeSettingsWO a) {
            a.addString("text", text);
            a.addString("contentType", "text/plain");
            a.addInt("bgcolor", WHITE);
            a.addInt("x-coordinate", x);
            a.addInt("y-coordinate", y);
            a.addInt("width", width);
            a.addInt("height", LINE_HEIGHT * (int) (text.chars().filter(c -> c == '\n').count() + 1));
            a.addString("alignment", "CENTER");
            a.addInt("borderSize", 0);
            a.addInt("borderColor", WHITE);
            a.addInt("defFontSize", 9);
            a.addInt("annotation-version", 20230412);
            a.addNodeSettings("styles");
        }
    }
}
