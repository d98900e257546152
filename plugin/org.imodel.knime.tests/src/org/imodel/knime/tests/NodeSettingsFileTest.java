package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.knime.node.simulator.SimulatorNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.imodel.knime.testing.NodeSettingsFile;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;

/**
 * The settings.xml our code writes for a CONFIGURED node has the layout of a CONFIGURED node's settings.xml saved
 * by KNIME 5.1 (Heuristics Miner #57 of the shared TW2 workflow): same top-level keys in the same order with the
 * same types, except the node's own "model" and the optional "nodeAnnotation"; and the node loads its part back.
 */
class NodeSettingsFileTest {

    @Test
    void configuredNodeFileHasKnimesLayoutAndLoadsBack() throws Exception {
        Path knime = SharedFolder.require("knime-workflows").resolve("TW2 conformance checking")
                .resolve("Heuristics Miner (#57)").resolve("settings.xml");
        NodeSettingsRO real;
        try (InputStream in = Files.newInputStream(knime)) {
            real = NodeSettings.loadFromXML(in);
        }
        SimulatorNodeFactory factory = new SimulatorNodeFactory();
        NodeSettings ours = NodeSettingsFile.configured(factory, NodeHarness.of(factory).saveSettings(),
                "Battery Cell Simulator", 2, "0.1.0.qualifier");
        NodeSettingsRO read = NodeTestSupport.xmlRoundTrip(ours);
        assertEquals(layout((ConfigBase) real), layout((ConfigBase) read));
        NodeHarness.of(factory).loadSettings(read.getNodeSettings("model"));
        assertEquals(factory.getClass().getName(), read.getString("factory"));
    }

    /** Top-level keys in order: value (null or not) or config (with its keys; "ports" depends on the node). */
    private static List<String> layout(ConfigBase c) {
        List<String> keys = new ArrayList<>();
        for (String key : c.keySet()) {
            if (key.equals("model") || key.equals("nodeAnnotation")) {
                continue;
            }
            AbstractConfigEntry e = c.getEntry(key);
            keys.add(key + (e instanceof ConfigBase ? " config" + (key.equals("ports") ? "" : nested((ConfigBase) e))
                    : e.toStringValue() == null ? " null" : " value"));
        }
        return keys;
    }

    private static String nested(ConfigBase c) {
        return c.keySet().toString();
    }
}
