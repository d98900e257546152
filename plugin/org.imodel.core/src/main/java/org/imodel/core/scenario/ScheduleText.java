package org.imodel.core.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a piecewise scenario from text, for example {@code 100 cycles at 0.5C/1C 25 °C, then 200 at 1C/2C 35 °C}.
 *
 * <p>Format: segments separated by {@code ,} or {@code ;}, each optionally starting with {@code then}:
 * <pre>
 *   &lt;cycles&gt; [cycle|cycles] at &lt;charge&gt;&lt;unit&gt;/&lt;discharge&gt;&lt;unit&gt; &lt;temperature&gt; [°C|degC|C]
 * </pre>
 * {@code <unit>} is {@code C} (C-rate) or {@code A} (amperes), the same for every current of the schedule; numbers
 * use a decimal point; the discharge current is a positive magnitude. Spaces are optional except where they separate
 * words. Case does not matter.
 */
public final class ScheduleText {

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final Pattern SEGMENT = Pattern.compile("(?:then\\s+)?(\\d+)\\s*(?:cycles?)?\\s+at\\s+" + NUMBER
            + "\\s*([ca])\\s*/\\s*" + NUMBER + "\\s*([ca])\\s+(-?\\d+(?:\\.\\d+)?)\\s*(?:°\\s*c|degc|c)?");

    /** An example, for messages and documentation. */
    public static final String EXAMPLE = "100 cycles at 0.5C/1C 25 °C, then 200 at 1C/2C 35 °C";

    private ScheduleText() {
    }

    /**
     * @param name scenario name (used in messages)
     * @param text the schedule
     * @return the scenario
     * @throws IllegalArgumentException naming the scenario, the segment and what is expected
     */
    public static Scenario parse(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Scenario '" + name + "': the schedule is empty; write it like '"
                    + EXAMPLE + "'");
        }
        String[] parts = text.split("[,;]");
        List<Segment> segments = new ArrayList<>();
        ScenarioUnit unit = null;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            Matcher m = SEGMENT.matcher(part.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("Scenario '" + name + "', segment " + (i + 1) + " ('" + part
                        + "'): expected '<cycles> cycles at <charge>C/<discharge>C <temperature> °C' (or A instead of"
                        + " C for amperes), e.g. '" + EXAMPLE + "'");
            }
            ScenarioUnit chargeUnit = ScenarioUnit.parse(m.group(3));
            ScenarioUnit dischargeUnit = ScenarioUnit.parse(m.group(5));
            if (chargeUnit != dischargeUnit || unit != null && unit != chargeUnit) {
                throw new IllegalArgumentException("Scenario '" + name + "', segment " + (i + 1) + " ('" + part
                        + "'): give every current of the schedule in the same unit, all in C (C-rate) or all in A");
            }
            unit = chargeUnit;
            int cycles;
            try {
                cycles = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Scenario '" + name + "', segment " + (i + 1) + " ('" + part
                        + "'): " + m.group(1) + " cycles is too many", e);
            }
            if (cycles < 1) {
                throw new IllegalArgumentException("Scenario '" + name + "', segment " + (i + 1) + " ('" + part
                        + "'): a segment must last at least 1 cycle");
            }
            segments.add(new Segment(cycles, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(4)),
                    Double.parseDouble(m.group(6))));
        }
        return Scenario.piecewise(name, unit, segments);
    }

    /**
     * @param s a scenario
     * @return its schedule as text in this format (consecutive equal cycles joined), readable by {@link #parse}
     */
    public static String format(Scenario s) {
        StringBuilder b = new StringBuilder();
        int start = 0;
        for (int k = 1; k <= s.cycles(); k++) {
            if (k == s.cycles() || s.charge(k) != s.charge(start) || s.discharge(k) != s.discharge(start)
                    || s.temperature(k) != s.temperature(start)) {
                b.append(b.length() == 0 ? "" : ", then ").append(k - start).append(" cycles at ")
                        .append(number(s.charge(start))).append(s.unit().symbol()).append('/')
                        .append(number(s.discharge(start))).append(s.unit().symbol()).append(' ')
                        .append(number(s.temperature(start))).append(" degC");
                start = k;
            }
        }
        return b.toString();
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
