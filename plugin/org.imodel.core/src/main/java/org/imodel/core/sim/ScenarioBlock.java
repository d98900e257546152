package org.imodel.core.sim;

/**
 * One block of a usage scenario: from cycle {@code fromCycle} on (until the next block), the given values replace
 * those in force. A NaN value keeps the value in force (the cell's base condition or an earlier block), so a block
 * can change the temperature only. Blocks apply to every simulated cell.
 *
 * @param fromCycle first cycle (1-based) the block applies to
 * @param chargeCRate charge C-rate from that cycle on, or NaN to keep it
 * @param dischargeCRate discharge C-rate from that cycle on, or NaN to keep it
 * @param temperatureCelsius ambient temperature (&deg;C) from that cycle on, or NaN to keep it
 */
public record ScenarioBlock(int fromCycle, double chargeCRate, double dischargeCRate, double temperatureCelsius) {

    /** Checks the block. */
    public ScenarioBlock {
        if (fromCycle < 1) {
            throw new IllegalArgumentException("A scenario block must start at cycle 1 or later; got " + fromCycle
                    + ".");
        }
        if (!Double.isNaN(chargeCRate)) {
            OperatingCondition.checkChargeRate(chargeCRate, "charge C-rate of the scenario block at cycle "
                    + fromCycle);
        }
        if (!Double.isNaN(dischargeCRate)) {
            OperatingCondition.checkDischargeRate(dischargeCRate, "discharge C-rate of the scenario block at cycle "
                    + fromCycle);
        }
        if (!Double.isNaN(temperatureCelsius)) {
            OperatingCondition.checkTemperature(temperatureCelsius, "temperature of the scenario block at cycle "
                    + fromCycle);
        }
        if (Double.isNaN(chargeCRate) && Double.isNaN(dischargeCRate) && Double.isNaN(temperatureCelsius)) {
            throw new IllegalArgumentException("The scenario block at cycle " + fromCycle
                    + " changes nothing: give a charge rate, a discharge rate or a temperature.");
        }
    }

    /**
     * @param fromCycle first cycle
     * @param condition the full condition from that cycle on
     * @return a block setting all three values
     */
    public static ScenarioBlock of(int fromCycle, OperatingCondition condition) {
        return new ScenarioBlock(fromCycle, condition.chargeCRate(), condition.dischargeCRate(),
                condition.temperatureCelsius());
    }

    /**
     * @param fromCycle first cycle
     * @param temperatureCelsius new ambient temperature
     * @return a block changing the temperature only
     */
    public static ScenarioBlock temperature(int fromCycle, double temperatureCelsius) {
        return new ScenarioBlock(fromCycle, Double.NaN, Double.NaN, temperatureCelsius);
    }

    /**
     * @param fromCycle first cycle
     * @param chargeCRate new charge C-rate
     * @param dischargeCRate new discharge C-rate
     * @return a block changing the two rates only
     */
    public static ScenarioBlock rates(int fromCycle, double chargeCRate, double dischargeCRate) {
        return new ScenarioBlock(fromCycle, chargeCRate, dischargeCRate, Double.NaN);
    }

    /**
     * @param base the condition in force before this block
     * @return the condition in force from {@link #fromCycle()} on
     */
    public OperatingCondition applyTo(OperatingCondition base) {
        return new OperatingCondition(Double.isNaN(chargeCRate) ? base.chargeCRate() : chargeCRate,
                Double.isNaN(dischargeCRate) ? base.dischargeCRate() : dischargeCRate,
                Double.isNaN(temperatureCelsius) ? base.temperatureCelsius() : temperatureCelsius);
    }
}
