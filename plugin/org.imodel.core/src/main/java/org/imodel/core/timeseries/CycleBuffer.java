package org.imodel.core.timeseries;

import java.util.Arrays;

/**
 * The samples of the cycle being read, in primitive arrays reused from cycle to cycle (72 bytes per sample).
 * Cumulative charges run over the whole stream; differences within a cycle are what matter.
 */
final class CycleBuffer {

    int size;
    double[] time = new double[1024];
    double[] current = new double[1024];
    double[] voltage = new double[1024];
    double[] temperature = new double[1024];
    /** Cumulative charge from the charge counter (Ah). */
    double[] counterCharge = new double[1024];
    /** Cumulative discharge from the discharge counter (Ah). */
    double[] counterDischarge = new double[1024];
    /** Cumulative integral of the positive current (Ah). */
    double[] integralCharge = new double[1024];
    /** Cumulative integral of the negative current's magnitude (Ah). */
    double[] integralDischarge = new double[1024];
    long[] line = new long[1024];

    void add(double t, double i, double v, double temp, double cc, double cd, double ic, double id, long ln) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            current = Arrays.copyOf(current, n);
            voltage = Arrays.copyOf(voltage, n);
            temperature = Arrays.copyOf(temperature, n);
            counterCharge = Arrays.copyOf(counterCharge, n);
            counterDischarge = Arrays.copyOf(counterDischarge, n);
            integralCharge = Arrays.copyOf(integralCharge, n);
            integralDischarge = Arrays.copyOf(integralDischarge, n);
            line = Arrays.copyOf(line, n);
        }
        time[size] = t;
        current[size] = i;
        voltage[size] = v;
        temperature[size] = temp;
        counterCharge[size] = cc;
        counterDischarge[size] = cd;
        integralCharge[size] = ic;
        integralDischarge[size] = id;
        line[size] = ln;
        size++;
    }

    /** Empties the buffer; shrinks it again after an unusually long cycle. */
    void clear() {
        size = 0;
        if (time.length > 1 << 16) {
            CycleBuffer fresh = new CycleBuffer();
            time = fresh.time;
            current = fresh.current;
            voltage = fresh.voltage;
            temperature = fresh.temperature;
            counterCharge = fresh.counterCharge;
            counterDischarge = fresh.counterDischarge;
            integralCharge = fresh.integralCharge;
            integralDischarge = fresh.integralDischarge;
            line = fresh.line;
        }
    }
}
