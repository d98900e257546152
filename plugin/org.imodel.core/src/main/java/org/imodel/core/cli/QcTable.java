package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.qc.QcReport;

/** Writes a QC report as CSV and prints its warnings. */
final class QcTable {

    private static final int MAX_PRINTED = 10;

    private QcTable() {
    }

    static void write(QcReport qc, Writer target) throws IOException {
        try (TableCsvWriter writer = new TableCsvWriter(target, QcReport.COLUMNS)) {
            for (Object[] row : qc.rows()) {
                writer.write(row);
            }
        }
    }

    static void printWarnings(QcReport qc, PrintWriter out) {
        List<String> warnings = qc.allWarnings();
        for (int i = 0; i < Math.min(MAX_PRINTED, warnings.size()); i++) {
            out.println("warning: " + warnings.get(i));
        }
        if (warnings.size() > MAX_PRINTED) {
            out.println("... " + (warnings.size() - MAX_PRINTED) + " more warning(s) in the QC file");
        }
    }
}
