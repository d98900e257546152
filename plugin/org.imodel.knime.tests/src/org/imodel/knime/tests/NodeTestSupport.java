package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.table.ColumnDef;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.testing.Execution;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.function.Executable;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;

/** Shared checks of the node tests: settings round trip, table comparison, cancel, example tables. */
final class NodeTestSupport {

    private NodeTestSupport() {
    }

    /**
     * Saves a node's settings, writes them in KNIME's XML format, reads them back into a new model of the node,
     * validates them and saves again: the two saves must be the same tree.
     */
    static NodeSettings settingsRoundTrip(NodeFactory<? extends NodeModel> factory) throws Exception {
        NodeSettings saved = NodeHarness.of(factory).saveSettings();
        NodeSettingsRO read = xmlRoundTrip(saved);
        NodeHarness<? extends NodeModel> other = NodeHarness.of(factory);
        other.validateSettings(read);
        other.loadSettings(read);
        NodeSettings again = other.saveSettings();
        assertTrue(saved.isIdentical(again), "settings changed in the round trip:\n" + saved + "\n" + again);
        return saved;
    }

    static NodeSettingsRO xmlRoundTrip(NodeSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        settings.saveToXML(out);
        return NodeSettings.loadFromXML(new ByteArrayInputStream(out.toByteArray()));
    }

    /**
     * Settings saved before a boolean option existed (its entry removed from the settings.xml text) validate and load
     * into a node whose option was switched on, and leave the option at false (its default).
     */
    static void savedBeforeBooleanOptionLoadsAsFalse(NodeFactory<? extends NodeModel> factory, String key)
            throws Exception {
        NodeSettings loaded = savedBeforeOptionLoadsTheDefault(factory, key, s -> s.addBoolean(key, true));
        assertEquals(false, loaded.getBoolean(key), "an old workflow's node keeps the old behaviour");
    }

    /**
     * Settings saved before an option existed (its entry removed from the settings.xml text) validate and load into a
     * node whose option had another value, and leave the option at its default.
     *
     * @param factory the node
     * @param key the option's key
     * @param changed the option's entry set to a value other than the default (e.g. {@code s -> s.addInt(key, 3)})
     * @return the settings the node saves after loading the old ones
     */
    static NodeSettings savedBeforeOptionLoadsTheDefault(NodeFactory<? extends NodeModel> factory, String key,
            Consumer<NodeSettings> changed) throws Exception {
        NodeSettings current = settings(factory, changed);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        current.saveToXML(xml);
        String text = xml.toString(StandardCharsets.UTF_8);
        String withoutKey = text.replaceAll("\\s*<entry key=\"" + key + "\" type=\"x\\w+\" value=\"[^\"]*\"/>", "");
        assertTrue(text.contains("key=\"" + key + "\"") && !withoutKey.contains("key=\"" + key + "\""),
                "the option's entry is in today's settings.xml and not in the old one:\n" + text);
        NodeSettingsRO old = NodeSettings.loadFromXML(
                new ByteArrayInputStream(withoutKey.getBytes(StandardCharsets.UTF_8)));
        NodeHarness<? extends NodeModel> node = NodeHarness.of(factory);
        node.loadSettings(current);
        node.validateSettings(old);
        node.loadSettings(old);
        NodeSettings loaded = node.saveSettings();
        assertTrue(loaded.isIdentical(NodeHarness.of(factory).saveSettings()), "an old workflow's node gets the"
                + " option's default:\n" + loaded);
        return loaded;
    }

    /** @return the node's default settings changed by edit (keys as in the node's settings.xml) */
    static NodeSettings settings(NodeFactory<? extends NodeModel> factory, Consumer<NodeSettings> edit) {
        NodeSettings s = NodeHarness.of(factory).saveSettings();
        edit.accept(s);
        return s;
    }

    /** @return a harness whose node has the given settings loaded */
    static <M extends NodeModel> NodeHarness<M> node(NodeFactory<M> factory, Consumer<NodeSettings> edit)
            throws InvalidSettingsException {
        NodeHarness<M> h = NodeHarness.of(factory);
        h.loadSettings(settings(factory, edit));
        return h;
    }

    /** Asserts the message names every fragment (the column and the fix). */
    static InvalidSettingsException invalid(Executable call, String... fragments) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' not in: " + e.getMessage());
        }
        return e;
    }

    /** The node, cancelled at its first cancellation check, stops with CanceledExecutionException. */
    static void cancelHonoured(NodeHarness<?> node, PortObject... inputs) {
        Execution execution = new Execution().cancelAtCheck(1);
        assertThrows(CanceledExecutionException.class, () -> node.execute(execution, inputs));
        assertTrue(execution.cancelChecks() >= 1, "the node never checked for cancellation");
    }

    /** The call stops with CanceledExecutionException. */
    static void invalidCancel(Executable call) {
        assertThrows(CanceledExecutionException.class, call);
    }

    /** Asserts two tables are the same: spec, row keys and cells. */
    static void assertSameTable(PortObject expected, PortObject actual) {
        BufferedDataTable want = (BufferedDataTable) expected;
        BufferedDataTable got = (BufferedDataTable) actual;
        assertEquals(want.getDataTableSpec(), got.getDataTableSpec());
        List<DataRow> a = NodeHarness.rows(want);
        List<DataRow> b = NodeHarness.rows(got);
        assertEquals(a.size(), b.size(), "row count");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).getKey(), b.get(i).getKey(), "row " + i);
            for (int c = 0; c < a.get(i).getNumCells(); c++) {
                assertEquals(a.get(i).getCell(c), b.get(i).getCell(c), "row " + a.get(i).getKey() + ", column " + c);
            }
        }
    }

    /** @return the engine's values as the KNIME table our nodes build from them */
    static BufferedDataTable table(List<ColumnDef> columns, List<Object[]> values) {
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(TableSpecs.toRow(i, columns, values.get(i)));
        }
        return NodeHarness.table(TableSpecs.toSpec(columns), rows);
    }

    /** Asserts that a node's table holds exactly the engine's values (same spec, keys and cells). */
    static void assertTable(List<ColumnDef> columns, List<Object[]> expected, PortObject actual) {
        BufferedDataTable table = (BufferedDataTable) actual;
        assertEquals(TableSpecs.toSpec(columns), table.getDataTableSpec());
        List<DataRow> rows = NodeHarness.rows(table);
        assertEquals(expected.size(), rows.size(), "row count");
        for (int i = 0; i < rows.size(); i++) {
            DataRow want = TableSpecs.toRow(i, columns, expected.get(i));
            DataRow got = rows.get(i);
            assertEquals(want.getKey(), got.getKey());
            for (int c = 0; c < want.getNumCells(); c++) {
                assertEquals(want.getCell(c), got.getCell(c), "row " + i + ", column " + columns.get(c).name());
            }
        }
    }

    /** @return simulated per-cycle records (engine) */
    static List<CycleRecord> simulated(int cells, int cycles, long seed) {
        return new CellSimulator(SimulationSettings.defaults().toBuilder().cells(cells).cyclesPerCell(cycles)
                .seed(seed).build()).simulate();
    }

    static List<Object[]> cycleValues(List<CycleRecord> records) {
        return records.stream().map(CycleColumns::values).toList();
    }

    static BufferedDataTable cycleTable(List<CycleRecord> records) {
        return table(CycleColumns.ALL, cycleValues(records));
    }

    /** @return the spec without the named column */
    static DataTableSpec without(DataTableSpec spec, String column) {
        return new DataTableSpec(spec.stream().filter(c -> !c.getName().equals(column))
                .toArray(org.knime.core.data.DataColumnSpec[]::new));
    }
}
