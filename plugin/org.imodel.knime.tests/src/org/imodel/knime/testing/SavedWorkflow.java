package org.imodel.knime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * A KNIME workflow folder as saved (workflow.knime and each node's settings.xml), read through the stand-in's
 * KNIME XML config reader: its nodes and connections, as KNIME's workflow loader sees them.
 *
 * @param dir the workflow folder
 * @param workflow the content of workflow.knime
 * @param nodes the nodes in file order
 * @param connections the connections in file order
 */
public record SavedWorkflow(Path dir, NodeSettingsRO workflow, List<Node> nodes, List<Connection> connections) {

    /**
     * One node.
     *
     * @param id node id
     * @param settingsFile its settings.xml, relative to the workflow folder
     * @param type node_type (NativeNode for ours)
     * @param settings the content of its settings.xml
     */
    public record Node(int id, String settingsFile, String type, NodeSettingsRO settings) {

        /** @return the fully qualified factory class */
        public String factory() {
            return settings.getString("factory", null);
        }
    }

    /**
     * One connection (port 0: flow variables; data and model ports from 1).
     *
     * @param sourceId source node
     * @param sourcePort source port
     * @param destId destination node
     * @param destPort destination port
     */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    /**
     * @param dir a workflow folder
     * @return the workflow
     * @throws IOException when a file is missing or not a KNIME XML config
     * @throws InvalidSettingsException when workflow.knime lacks an entry KNIME needs
     */
    public static SavedWorkflow load(Path dir) throws IOException, InvalidSettingsException {
        NodeSettingsRO workflow = read(dir.resolve("workflow.knime"));
        List<Node> nodes = new ArrayList<>();
        NodeSettingsRO nodeConfigs = workflow.getNodeSettings("nodes");
        for (String key : nodeConfigs.keySet()) {
            NodeSettingsRO n = nodeConfigs.getNodeSettings(key);
            String file = n.getString("node_settings_file");
            nodes.add(new Node(n.getInt("id"), file, n.getString("node_type"), read(dir.resolve(file))));
        }
        List<Connection> connections = new ArrayList<>();
        NodeSettingsRO connectionConfigs = workflow.getNodeSettings("connections");
        for (String key : connectionConfigs.keySet()) {
            NodeSettingsRO c = connectionConfigs.getNodeSettings(key);
            connections.add(new Connection(c.getInt("sourceID"), c.getInt("sourcePort"), c.getInt("destID"),
                    c.getInt("destPort")));
        }
        return new SavedWorkflow(dir, workflow, List.copyOf(nodes), List.copyOf(connections));
    }

    private static NodeSettingsRO read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    /**
     * @param id a node id
     * @return the node
     * @throws IllegalArgumentException when there is none
     */
    public Node node(int id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node #" + id + " in " + dir));
    }
}
