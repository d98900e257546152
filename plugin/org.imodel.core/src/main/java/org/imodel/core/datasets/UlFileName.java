package org.imodel.core.datasets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Condition encoded in a UL file name {@code CY<T>-<charge code>_<discharge C>-#<cell>}, e.g.
 * {@code CY25-025_1-#3}: 25 degC, charge 0.25C, discharge 1C, cell 3.
 *
 * @param temperature temperature (degC)
 * @param chargeCode charge-rate code as written (e.g. "025")
 * @param dischargeRate discharge C-rate
 * @param condition the condition part, e.g. {@code CY25-025_1}
 */
public record UlFileName(double temperature, String chargeCode, double dischargeRate, String condition) {

    private static final Pattern NAME = Pattern.compile("(CY(\\d+)-(\\d+)_(\\d+))-#\\d+");

    /**
     * @param stem file name without extension
     * @return the decoded condition, empty when the name does not follow the UL pattern
     */
    public static Optional<UlFileName> parse(String stem) {
        Matcher m = NAME.matcher(stem);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new UlFileName(Double.parseDouble(m.group(2)), m.group(3),
                Double.parseDouble(m.group(4)), m.group(1)));
    }

    /**
     * The charge C-rate the code stands for: a leading zero marks a decimal point ("05" = 0.5C, "025" = 0.25C),
     * otherwise the code is the rate ("1" = 1C).
     *
     * @return the decoded charge C-rate
     */
    public double decodedChargeRate() {
        return chargeCode.startsWith("0") ? Double.parseDouble("0." + chargeCode.substring(1))
                : Double.parseDouble(chargeCode);
    }

    /**
     * The value the published files carry in Charge_Current: the code divided by 10 (so 0.25C appears as 2.5
     * and 1C as 0.1, a known bug of the reference preprocessing kept because trained models depend on it).
     *
     * @return code / 10
     */
    public double publishedChargeValue() {
        return Double.parseDouble(chargeCode) / 10;
    }
}
