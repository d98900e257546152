package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;

import org.imodel.knime.testing.NodeHarness;
import org.imodel.knime.testing.NodeSettingsFile;
import org.imodel.knime.testing.SavedWorkflow;
import org.imodel.knime.testing.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortType;

/**
 * Every committed workflow of test-workflows/ as KNIME would load it: format version 5.1.0; each node is one of
 * ours (no KNIME base nodes are used), saved CONFIGURED, with our bundle's symbolic name and version; its settings
 * load and validate through the node's own settings code; each connection joins existing nodes on existing ports
 * (port 0 is the flow-variable port and only joins port 0) of compatible types (data table to data table, model
 * to model), each input has exactly one connection, and the graph has no cycle.
 */
class TestWorkflowStructureTest {

    @Test
    void everyCommittedWorkflowLoadsAsKnimeWould() throws Exception {
        List<Path> folders = WorkflowFolders.committed();
        assertTrue(folders.size() >= 9, "expected 7 testflows and 2 examples, found " + folders);
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            problems.addAll(problems(SavedWorkflow.load(folder)));
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> problems(SavedWorkflow w) throws Exception {
        List<String> problems = new ArrayList<>();
        String where = WorkflowFolders.root().relativize(w.dir()).toString();
        if (!"5.1.0".equals(w.workflow().getString("version"))) {
            problems.add(where + ": format version " + w.workflow().getString("version") + ", not 5.1.0");
        }
        List<String> ours = WorkflowFolders.registeredFactories();
        String[] bundle = bundleHeaders();
        Map<Integer, NodeHarness<? extends NodeModel>> nodes = new HashMap<>();
        for (SavedWorkflow.Node node : w.nodes()) {
            String at = where + "/" + node.settingsFile();
            NodeSettingsRO s = node.settings();
            if (!ours.contains(node.factory())) {
                problems.add(at + ": factory " + node.factory() + " is not one of our nodes");
                continue;
            }
            expect(problems, at, "node_type", "NativeNode", node.type());
            expect(problems, at, "state", "CONFIGURED", s.getString("state"));
            expect(problems, at, "node-bundle-symbolic-name", NodeSettingsFile.BUNDLE_SYMBOLIC_NAME,
                    s.getString("node-bundle-symbolic-name"));
            expect(problems, at, "node-bundle-name", bundle[0], s.getString("node-bundle-name"));
            expect(problems, at, "node-bundle-vendor", bundle[1], s.getString("node-bundle-vendor"));
            expect(problems, at, "node-bundle-version (major.minor.micro)", release(bundle[2]),
                    release(s.getString("node-bundle-version")));
            NodeHarness<? extends NodeModel> harness = NodeHarness.of(WorkflowRunner.factory(node.factory()));
            try {
                harness.loadSettings(s.getNodeSettings("model"));
            } catch (Exception e) {
                problems.add(at + ": the node rejects its settings: " + e.getMessage());
            }
            expect(problems, at, "output ports listed", harness.outPortTypes().length,
                    s.getNodeSettings("ports").keySet().size());
            nodes.put(node.id(), harness);
        }
        Set<String> connectedInputs = new HashSet<>();
        for (SavedWorkflow.Connection c : w.connections()) {
            String at = where + ": connection " + c;
            NodeHarness<?> source = nodes.get(c.sourceId());
            NodeHarness<?> dest = nodes.get(c.destId());
            if (source == null || dest == null) {
                problems.add(at + " names a node that is not in the workflow (or not ours)");
                continue;
            }
            if (c.sourcePort() == 0 || c.destPort() == 0) {
                if (c.sourcePort() != c.destPort()) {
                    problems.add(at + " joins the flow-variable port 0 to a data or model port");
                }
                continue;
            }
            PortType[] outs = source.outPortTypes();
            PortType[] ins = dest.inPortTypes();
            if (c.sourcePort() > outs.length || c.destPort() > ins.length || c.sourcePort() < 0 || c.destPort() < 0) {
                problems.add(at + " uses a port the node does not have (" + outs.length + " outputs, " + ins.length
                        + " inputs)");
                continue;
            }
            PortType from = outs[c.sourcePort() - 1];
            PortType to = ins[c.destPort() - 1];
            if (!to.isSuperTypeOf(from)) {
                problems.add(at + " joins a " + from + " output to a " + to + " input");
            }
            if (!connectedInputs.add(c.destId() + ":" + c.destPort())) {
                problems.add(at + ": the input already has a connection");
            }
        }
        nodes.forEach((id, harness) -> {
            for (int port = 1; port <= harness.inPortTypes().length; port++) {
                if (!connectedInputs.contains(id + ":" + port) && !harness.inPortTypes()[port - 1].isOptional()) {
                    problems.add(where + ": input " + port + " of node #" + id + " is not connected");
                }
            }
        });
        if (problems.isEmpty()) {
            assertFalse(WorkflowRunner.order(w).isEmpty());
        }
        return problems;
    }

    private static void expect(List<String> problems, String at, String what, Object want, Object got) {
        if (!want.equals(got)) {
            problems.add(at + ": " + what + " is " + got + ", expected " + want);
        }
    }

    /** @return Bundle-Name, Bundle-Vendor, Bundle-Version of our node bundle */
    private static String[] bundleHeaders() throws Exception {
        try (InputStream in = TestWorkflowStructureTest.class.getClassLoader()
                .getResourceAsStream("META-INF/MANIFEST.MF")) {
            var a = new Manifest(in).getMainAttributes();
            assertEquals(NodeSettingsFile.BUNDLE_SYMBOLIC_NAME, a.getValue("Bundle-SymbolicName").split(";")[0]);
            return new String[] {a.getValue("Bundle-Name"), a.getValue("Bundle-Vendor"), a.getValue("Bundle-Version")};
        }
    }

    private static String release(String version) {
        String[] parts = version.split("\\.");
        return parts.length < 3 ? version : parts[0] + "." + parts[1] + "." + parts[2];
    }
}
