package org.imodel.core.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --out} and {@code --qc} of the commands that write the canonical per-cycle table and its QC table. */
final class CycleOutputOptions {

    @Option(names = "--out", required = true, paramLabel = "cycles.csv", description = "The per-cycle table to"
            + " write (canonical columns).")
    Path out;

    @Option(names = "--qc", paramLabel = "qc.csv", description = "The QC table to write (default: <out>-qc.csv"
            + " beside the output).")
    Path qc;

    /** @return the QC file: {@code --qc}, else {@code <out>-qc.csv} beside the output */
    Path qc() {
        if (qc != null) {
            return qc;
        }
        String name = out.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return out.resolveSibling(name + "-qc.csv");
    }
}
