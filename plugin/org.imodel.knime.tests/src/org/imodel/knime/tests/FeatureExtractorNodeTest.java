package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.FeatureColumns;
import org.imodel.core.features.FeatureDefaults;
import org.imodel.core.table.ColumnDef;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.features.FeatureExtractorNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Degradation Feature Extractor node on simulated cells, compared with the engine's feature columns. */
class FeatureExtractorNodeTest {

    private static final FeatureExtractorNodeFactory FACTORY = new FeatureExtractorNodeFactory();

    private static final List<CycleRecord> CELLS = simulated(2, 15, 3);

    private static List<ColumnDef> outputColumns(FeatureColumns features) {
        List<ColumnDef> columns = new ArrayList<>(CycleColumns.ALL);
        columns.addAll(features.columns());
        return columns;
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        settingsRoundTrip(FACTORY);
    }

    @Test
    void configureAppendsTheFeatureColumns() throws Exception {
        DataTableSpec in = TableSpecs.toSpec(CycleColumns.ALL);
        PortObjectSpec[] out = NodeHarness.of(FACTORY).configure(in);
        assertEquals(TableSpecs.toSpec(outputColumns(new FeatureColumns(FeatureDefaults.AUTO, 20, false))), out[0]);
    }

    @Test
    void wrongInputIsRejectedNamingTheColumnAndTheFix() throws Exception {
        DataTableSpec in = TableSpecs.toSpec(CycleColumns.ALL);
        invalid(() -> NodeHarness.of(FACTORY).configure(without(in, CycleColumns.CI)), "'" + CycleColumns.CI
                + "' is missing", "Connect the output of the Battery Dataset Reader");
        DataTableSpec twice = TableSpecs.toSpec(outputColumns(new FeatureColumns(FeatureDefaults.AUTO, 20, false)));
        invalid(() -> NodeHarness.of(FACTORY).configure(twice), "already has a column", "Column Filter");
        invalid(() -> node(FACTORY, s -> s.addString("family_defaults", "NOPE")).configure(in), "NOPE",
                "Choose the feature defaults");
        invalid(() -> node(FACTORY, s -> s.addInt("soc", 33)).configure(in), "Choose the SOC start");
    }

    @Test
    void executeGivesTheEngineFeatures() throws Exception {
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        PortObject[] out = node.execute(cycleTable(CELLS));
        FeatureColumns features = new FeatureColumns(FeatureDefaults.AUTO, 20, false);
        List<Object[]> expected = new ArrayList<>();
        for (CycleRecord r : CELLS) {
            Object[] base = CycleColumns.values(r);
            Object[] added = features.values(r);
            Object[] row = Arrays.copyOf(base, base.length + added.length);
            System.arraycopy(added, 0, row, base.length, added.length);
            expected.add(row);
        }
        assertTable(outputColumns(features), expected, out[0]);
        assertEquals(features.report().message().orElse(null), node.warning());
    }

    @Test
    void cancelIsHonoured() {
        BufferedDataTable in = cycleTable(CELLS);
        cancelHonoured(NodeHarness.of(FACTORY), in);
    }
}
