package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.reader.DatasetReaderNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Battery Dataset Reader node on a published UL file, compared with the engine's reader. */
class DatasetReaderNodeTest {

    private static final DatasetReaderNodeFactory FACTORY = new DatasetReaderNodeFactory();
    private static final String MODE_FILE = "Single file";

    private static Path ulFile() {
        return SharedFolder.require("data/UL-NCM").resolve("CY25-05_1-#1.csv");
    }

    private static NodeHarness<?> reading(Path file) throws Exception {
        return node(FACTORY, s -> {
            s.addString("mode", MODE_FILE);
            s.addString("file", file.toString());
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
        PortObjectSpec[] specs = reading(ulFile()).configure();
        assertEquals(TableSpecs.toSpec(CycleColumns.ALL), specs[0]);
        assertEquals(TableSpecs.toSpec(QcReport.COLUMNS), specs[1]);
    }

    @Test
    void missingOrWrongLocationAndFormatAreRejectedWithTheFix() throws Exception {
        invalid(() -> NodeHarness.of(FACTORY).configure(), "No folder chosen", "in the dialog");
        invalid(() -> reading(Path.of("/no/such/file.csv")).configure(), "/no/such/file.csv", "does not exist",
                "Choose an existing file");
        NodeHarness<?> wrongFormat = node(FACTORY, s -> {
            s.addString("mode", MODE_FILE);
            s.addString("file", ulFile().toString());
            s.addString("format", "XYZ");
        });
        invalid(wrongFormat::configure, "XYZ", "Choose UL, LSD, TPSL");
    }

    @Test
    void executeGivesTheEngineReaderRowsAndQc() throws Exception {
        Path file = ulFile();
        NodeHarness<?> node = reading(file);
        PortObject[] out = node.execute();
        List<CycleRecord> rows = new ArrayList<>();
        QcReport qc = new QcReport();
        new DatasetReader(ReadOptions.DEFAULTS).read(file, qc, rows::add, Progress.NONE);
        assertTable(CycleColumns.ALL, cycleValues(rows), out[0]);
        assertTable(QcReport.COLUMNS, qc.rows(), out[1]);
        assertEquals(qc.allWarnings().isEmpty(), node.warning() == null, "warning iff the engine's QC warns");
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(reading(ulFile()));
    }
}
