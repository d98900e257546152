package org.imodel.knime.node.interpret;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.interpret.InterpretSettings;
import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Expert Interpreter node; the config keys are a public contract. */
final class ExpertInterpreterSettings extends SettingsGroup {

    final SettingsModelString cells = add(new SettingsModelString("cells", ""));
    final SettingsModelIntegerBounded permutations = add(new SettingsModelIntegerBounded("permutations",
            InterpretSettings.DEFAULT_PERMUTATIONS, 1, 1_000_000));
    final SettingsModelInteger seed = add(new SettingsModelInteger("seed", (int) InterpretSettings.DEFAULT_SEED));
    /** Ensemble member to interpret (added with ensembles: older settings take member 0). */
    final SettingsModelIntegerBounded member = addLater(new SettingsModelIntegerBounded("member", 0, 0, 63),
            "member");

    /** @return the cells named (comma separated), in order without repeats; empty: all cells of the table */
    List<String> cellList() {
        List<String> out = new ArrayList<>();
        for (String token : cells.getStringValue().split(",")) {
            String c = token.strip();
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return the engine's settings */
    InterpretSettings engine() {
        return new InterpretSettings(permutations.getIntValue(), seed.getIntValue());
    }
}
