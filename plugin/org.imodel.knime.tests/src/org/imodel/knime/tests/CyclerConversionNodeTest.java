package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.timeseries.CyclerFileConverter;
import org.imodel.core.timeseries.ExtractionSettings;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.cycler.CyclerConversionNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Cycler Time Series to Cycles node on a real cycler export, compared with the engine's converter. */
class CyclerConversionNodeTest {

    private static final CyclerConversionNodeFactory FACTORY = new CyclerConversionNodeFactory();

    private static Path export() {
        return SharedFolder.require("cycler-exports").resolve("arbin_example.csv");
    }

    /** The export's CI window (3.40-3.55 V, as in the engine's real-export test). */
    private static NodeHarness<?> converting(Path file) throws Exception {
        return node(FACTORY, s -> {
            s.addString("mode", "Single file");
            s.addString("file", file.toString());
            s.addDouble("ci_start_voltage_volt", 3.40);
            s.addDouble("ci_end_voltage_volt", 3.55);
        });
    }

    @Test
    void settingsSavedBeforeTheSkipOptionExistedStillLoad() throws Exception {
        savedBeforeBooleanOptionLoadsAsFalse(FACTORY, "skip_bad_rows");
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        settingsRoundTrip(FACTORY);
    }

    @Test
    void configureGivesTheDocumentedSpecs() throws Exception {
        PortObjectSpec[] specs = converting(export()).configure();
        assertEquals(TableSpecs.toSpec(CycleColumns.ALL), specs[0]);
        assertEquals(TableSpecs.toSpec(QcReport.COLUMNS), specs[1]);
    }

    @Test
    void wrongSettingsAreRejectedWithTheFix() throws Exception {
        invalid(() -> NodeHarness.of(FACTORY).configure(), "No folder chosen", "in the dialog");
        invalid(() -> converting(Path.of("/no/such/export.csv")).configure(), "/no/such/export.csv",
                "does not exist");
        NodeHarness<?> temperature = node(FACTORY, s -> {
            s.addString("mode", "Single file");
            s.addString("file", export().toString());
            s.addString("fixed_temperature_celsius", "warm");
        });
        invalid(temperature::configure, "'warm'", "Enter degC");
        NodeHarness<?> sign = node(FACTORY, s -> {
            s.addString("mode", "Single file");
            s.addString("file", export().toString());
            s.addString("current_sign", "sideways");
        });
        invalid(sign::configure, "'sideways'", "Choose 'Detect'");
    }

    @Test
    void executeGivesTheEngineConversion() throws Exception {
        Path file = export();
        NodeHarness<?> node = converting(file);
        PortObject[] out = node.execute();
        List<CycleRecord> rows = new ArrayList<>();
        QcReport qc = new QcReport();
        CyclerFileConverter.convertAll(file, ExtractionSettings.defaults().withCiWindow(3.40, 3.55, 50), null, qc, Progress.NONE, rows::add);
        assertFalse(rows.isEmpty(), "the export gives cycles");
        assertTable(CycleColumns.ALL, cycleValues(rows), out[0]);
        assertTable(QcReport.COLUMNS, qc.rows(), out[1]);
        assertEquals(qc.allWarnings().isEmpty(), node.warning() == null, "warning iff the engine's QC warns");
    }

    @Test
    void warnsWhenNoCycleIsKept() throws Exception {
        // the default CI window (3.6-4.15 V) is outside this export's constant-current charge
        NodeHarness<?> node = node(FACTORY, s -> {
            s.addString("mode", "Single file");
            s.addString("file", export().toString());
        });
        PortObject[] out = node.execute();
        assertEquals(0, ((org.knime.core.node.BufferedDataTable) out[0]).size());
        assertTrue(node.warning().startsWith("No cycle was kept from 1 file(s)"), node.warning());
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(converting(export()));
    }
}
