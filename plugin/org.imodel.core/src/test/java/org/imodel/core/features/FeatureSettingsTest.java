package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureSettingsTest {

    @Test
    void familyDefaultsReproduceTheReference() {
        for (String f : new String[] {"UL-NCA", "UL-NCM", "UL-NCMNCA"}) {
            FeatureSettings s = FeatureSettings.forFamily(f, 20);
            assertEquals(3.6, s.gridStartVolt());
            assertEquals(4.15, s.gridEndVolt());
            assertEquals(12, s.featureCount());
        }
        FeatureSettings lsd = FeatureSettings.forFamily("LSD", 30);
        assertEquals(4.1, lsd.gridEndVolt());
        assertEquals(10, lsd.trimPoints());
        assertFalse(lsd.physicalGrid());
        FeatureSettings tpsl = FeatureSettings.forFamily("TPSL", 50);
        assertEquals(4.15, tpsl.gridEndVolt());
        assertEquals(6, tpsl.featureCount());
        assertEquals(30, tpsl.trimPoints());
        assertEquals(50, tpsl.gridPoints());
        assertEquals(1000, tpsl.finePoints());
        assertEquals(0.2, tpsl.riseThresholdAh());
        assertEquals(3.65, tpsl.referenceVolt());
        assertEquals(List.of("ci_mean", "ci_skew", "ci_max", "ci_var", "ci_at_3.65", "v_at_rise"),
                tpsl.featureNames());
        assertEquals(List.of("relax_mean", "relax_skew", "relax_max", "relax_min", "relax_var", "relax_kurt",
                "ci_mean", "ci_skew", "ci_max", "ci_var", "ci_at_3.65", "v_at_rise"), lsd.featureNames());
        assertEquals(FeatureSettings.ALL_FEATURE_NAMES, lsd.featureNames());
        assertTrue(lsd.withPhysicalGrid(true).physicalGrid());
        assertEquals(40, lsd.withSoc(40).soc());
    }

    @Test
    void badValuesAreRejectedWithClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureSettings.forFamily("UL-NCA", 25));
        assertTrue(e.getMessage().contains("20, 30, 40 or 50"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FeatureSettings.forFamily("CYCLER", 20));
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureSettings(4.1, 3.6, 50, 1000, 0.2, 20, true, 3.65, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureSettings(3.6, 4.1, 31, 1000, 0.2, 50, true, 3.65, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureSettings(3.6, 4.1, 50, 1, 0.2, 20, true, 3.65, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureSettings(3.6, 4.1, 50, 1000, 0, 20, true, 3.65, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureSettings(3.6, 4.1, 50, 1000, 0.2, 20, true, Double.NaN, false));
    }

    @Test
    void otherReferenceVoltageRenamesTheFeature() {
        FeatureSettings s = new FeatureSettings(3.6, 4.15, 50, 1000, 0.2, 20, false, 3.9, false);
        assertEquals("ci_at_3.9", s.featureNames().get(4));
        assertEquals(1, s.capacityPowers()[0]);
        assertEquals(2, s.capacityPowers()[3]);
        assertEquals(0, s.capacityPowers()[5]);
    }
}
