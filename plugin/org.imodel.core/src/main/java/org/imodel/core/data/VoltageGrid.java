package org.imodel.core.data;

/**
 * The voltage grid of a partial-charge (capacity-increment) curve: {@code points} values at voltages
 * {@code start + i (end - start) / (points - 1)}.
 *
 * @param startVolt first grid voltage (V)
 * @param endVolt last grid voltage (V)
 * @param points number of grid points
 * @param perCycle true when the published curve was sampled from each cycle's own minimum to maximum voltage
 *        inside [startVolt, endVolt] (TPSL), so the exact grid of a row is unknown; false for a fixed grid
 */
public record VoltageGrid(double startVolt, double endVolt, int points, boolean perCycle) {

    /** Grid of the published UL curves (assumed by the reference loader; not stated in the files). */
    public static final VoltageGrid UL = new VoltageGrid(3.6, 4.15, 50, false);

    /** Grid on which the published LSD curves were generated (Start_Voltage/End_Voltage columns). */
    public static final VoltageGrid LSD = new VoltageGrid(3.8, 4.1, 50, false);

    /** Per-cycle min..max grid inside 3.6-4.15 V of the published TPSL curves. */
    public static final VoltageGrid TPSL = new VoltageGrid(3.6, 4.15, 50, true);

    /** Checks the grid. */
    public VoltageGrid {
        if (!(endVolt > startVolt) || points < 2) {
            throw new IllegalArgumentException("A voltage grid needs end > start and at least 2 points; got "
                    + startVolt + " to " + endVolt + " V with " + points + " points");
        }
    }

    /**
     * @param i point index
     * @return the voltage of point i
     */
    public double voltage(int i) {
        return startVolt + i * (endVolt - startVolt) / (points - 1);
    }

    /** @return "uniform" or "per-cycle", as written in the ci_grid column */
    public String kind() {
        return perCycle ? "per-cycle" : "uniform";
    }
}
