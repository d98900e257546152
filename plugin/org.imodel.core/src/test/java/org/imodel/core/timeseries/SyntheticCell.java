package org.imodel.core.timeseries;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Generates a clean CC-CV charge / rest / CC discharge / rest cell for tests: the voltage rises linearly from
 * 3.4 to 4.2 V over the CC charge (so the CI over 3.6-4.15 V ends at 0.6875 x capacity), relaxes from 4.2 to
 * 4.15 V in the rest after charge (10 samples above 4.0 V), and falls from 4.1 to 3.0 V over the discharge.
 * Counters restart at 0 each cycle. Rows: {time s, cycle, step, current A, voltage V, charge Ah, discharge Ah,
 * temperature degC}.
 */
final class SyntheticCell {

    static final int CC = 100;
    static final int CV = 20;
    static final int REST = 10;
    static final int DIS = 100;
    static final String HEADER = "Test_Time,Cycle_Index,Step_Index,Current,Voltage,Charge_Capacity,"
            + "Discharge_Capacity,Temperature";

    double chargeCurrent = 1.0;
    double dischargeCurrent = 2.0;
    double temperature = 25.0;
    IntToDoubleFunction capacity = c -> 2.0;

    private double t;

    /** @return rows of cycles first..last */
    List<double[]> rows(int first, int last) {
        List<double[]> rows = new ArrayList<>();
        for (int c = first; c <= last; c++) {
            cycle(c, rows::add);
        }
        return rows;
    }

    interface Sink {
        void row(double[] r) throws IOException;
    }

    void cycle(int c, Sink out) {
        try {
            double q = capacity.applyAsDouble(c);
            double dtc = q / chargeCurrent * 3600 / CC;
            for (int k = 0; k <= CC; k++) {
                double qc = q * k / CC;
                out.row(new double[] {t, c, 1, chargeCurrent, 3.4 + 0.8 * k / CC, qc, 0, temperature});
                t += dtc;
            }
            double extra = q;
            for (int k = 1; k <= CV; k++) {
                double i = chargeCurrent * (1 - 0.95 * k / CV);
                extra += i * 60 / 3600;
                out.row(new double[] {t, c, 2, i, 4.2, extra, 0, temperature});
                t += 60;
            }
            for (int k = 0; k < REST; k++) {
                out.row(new double[] {t, c, 3, 0, 4.2 - 0.05 * k / (REST - 1), extra, 0, temperature});
                t += 60;
            }
            double dtd = q / dischargeCurrent * 3600 / DIS;
            for (int k = 1; k <= DIS; k++) {
                out.row(new double[] {t, c, 4, -dischargeCurrent, 4.1 - 1.1 * k / DIS, extra, q * k / DIS,
                    temperature});
                t += dtd;
            }
            for (int k = 0; k < REST; k++) {
                out.row(new double[] {t, c, 5, 0, 3.0 + 0.2 * k / REST, extra, q, temperature});
                t += 60;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes rows with the default Arbin-style header. */
    static Path write(Path file, List<double[]> rows) throws IOException {
        return write(file, HEADER, rows, r -> fmt(r[0]) + "," + (int) r[1] + "," + (int) r[2] + "," + fmt(r[3]) + ","
                + fmt(r[4]) + "," + fmt(r[5]) + "," + fmt(r[6]) + "," + fmt(r[7]));
    }

    interface Formatter {
        String line(double[] r);
    }

    static Path write(Path file, String header, List<double[]> rows, Formatter f) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(header);
            w.write('\n');
            for (double[] r : rows) {
                w.write(f.line(r));
                w.write('\n');
            }
        }
        return file;
    }

    static String fmt(double v) {
        return Double.toString(Math.round(v * 1e6) / 1e6);
    }

    /** @return 1-based file line (header = 1) of the first row of the given cycle */
    static long lineOf(List<double[]> rows, int cycle) {
        for (int i = 0; i < rows.size(); i++) {
            if ((int) rows.get(i)[1] == cycle) {
                return i + 2;
            }
        }
        throw new IllegalArgumentException("no cycle " + cycle);
    }
}
