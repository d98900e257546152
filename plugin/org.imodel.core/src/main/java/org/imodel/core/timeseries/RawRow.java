package org.imodel.core.timeseries;

/**
 * One parsed data row before unit and sign decisions: time in seconds, the other values in the column's own
 * unit, NaN where absent. Kept only for the bounded read-ahead of {@link TimeSeriesReader}.
 */
final class RawRow {

    final long line;
    final double time;
    final double current;
    final double voltage;
    final double charge;
    final double discharge;
    final double capacity;
    final double temperature;
    final int cycle;
    final int step;
    final char state;

    RawRow(long line, double time, double current, double voltage, double charge, double discharge,
            double capacity, double temperature, int cycle, int step, char state) {
        this.line = line;
        this.time = time;
        this.current = current;
        this.voltage = voltage;
        this.charge = charge;
        this.discharge = discharge;
        this.capacity = capacity;
        this.temperature = temperature;
        this.cycle = cycle;
        this.step = step;
        this.state = state;
    }

    /**
     * @param role a capacity role
     * @return that counter's raw value
     */
    double counter(TimeSeriesRole role) {
        switch (role) {
            case CHARGE_CAPACITY:
                return charge;
            case DISCHARGE_CAPACITY:
                return discharge;
            default:
                return capacity;
        }
    }
}
