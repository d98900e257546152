package org.imodel.knime.node.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.scenario.ScheduleText;
import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Scenario Builder node; the config keys are a public contract. */
final class ScenarioBuilderSettings extends SettingsGroup {

    /** Mode: every combination of the value lists. */
    static final String GRID = "grid";
    /** Mode: piecewise schedules written as text. */
    static final String SCHEDULES = "schedules";
    /** Separates schedules in the schedules text. */
    static final String SCHEDULE_SEPARATOR = "|";

    final SettingsModelString mode = add(new SettingsModelString("mode", GRID));
    final SettingsModelString unit = add(new SettingsModelString("current_unit", "C"));
    final SettingsModelString charge = add(new SettingsModelString("charge_currents", "0.5, 1"));
    final SettingsModelString discharge = add(new SettingsModelString("discharge_currents", "1, 2"));
    final SettingsModelString temperature = add(new SettingsModelString("temperatures_celsius", "25, 35"));
    final SettingsModelIntegerBounded cycles = add(new SettingsModelIntegerBounded("cycles", 100, 1, 1_000_000));
    final SettingsModelString schedules = add(new SettingsModelString("schedules",
            "plan A: " + ScheduleText.EXAMPLE));

    /**
     * @return the scenarios these settings describe
     * @throws InvalidSettingsException naming the setting, the value and what to write instead
     */
    List<Scenario> scenarios() throws InvalidSettingsException {
        try {
            switch (mode.getStringValue()) {
                case GRID:
                    return ScenarioGrid.of(ScenarioUnit.parse(unit.getStringValue()),
                            values("Charge currents", charge), values("Discharge currents", discharge),
                            values("Temperatures (°C)", temperature), cycles.getIntValue());
                case SCHEDULES:
                    return schedules();
                default:
                    throw new InvalidSettingsException("Unknown mode '" + mode.getStringValue() + "': use '" + GRID
                            + "' or '" + SCHEDULES + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    private List<Scenario> schedules() throws InvalidSettingsException {
        List<Scenario> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String[] entries = schedules.getStringValue().split("\\" + SCHEDULE_SEPARATOR);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            String name = colon < 0 ? "schedule " + (i + 1) : entry.substring(0, colon).strip();
            if (name.isEmpty() || names.contains(name)) {
                throw new InvalidSettingsException("Schedules, entry " + (i + 1) + " ('" + entry + "'): "
                        + (name.isEmpty() ? "the name before ':' is empty" : "the name '" + name + "' is used twice")
                        + ". Write each schedule as '<name>: <schedule>' with its own name, separated by '"
                        + SCHEDULE_SEPARATOR + "'");
            }
            names.add(name);
            out.add(ScheduleText.parse(name, colon < 0 ? entry : entry.substring(colon + 1)));
        }
        return out;
    }

    private static List<Double> values(String what, SettingsModelString model) throws InvalidSettingsException {
        List<Double> out = new ArrayList<>();
        for (String token : model.getStringValue().strip().split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(token.toLowerCase(Locale.ROOT).replace("°c", "")));
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(what + " (setting '" + model.getKey() + "'): '" + token
                        + "' is not a number. Give numbers with a decimal point, separated by commas, e.g. 0.5, 1",
                        e);
            }
        }
        return out;
    }
}
