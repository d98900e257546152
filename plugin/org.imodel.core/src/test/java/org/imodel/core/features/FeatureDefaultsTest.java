package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureDefaultsTest {

    @Test
    void autoFollowsTheRowFamilyWithTwelveFeatures() {
        FeatureSettings lsd = FeatureDefaults.AUTO.settingsFor("LSD", 20, false);
        assertEquals(4.1, lsd.gridEndVolt());
        assertFalse(lsd.physicalGrid());
        FeatureSettings tpsl = FeatureDefaults.AUTO.settingsFor("TPSL", 30, false);
        assertTrue(tpsl.relaxationFeatures(), "one column layout for all rows");
        assertEquals(10, tpsl.trimPoints());
        assertTrue(FeatureDefaults.AUTO.settingsFor("SIMULATED", 20, false).physicalGrid());
        assertEquals(12, FeatureDefaults.AUTO.featureNames().size());
    }

    @Test
    void forcedFamiliesAndParsing() {
        assertEquals(6, FeatureDefaults.TPSL.featureNames().size());
        assertFalse(FeatureDefaults.TPSL.settingsFor("UL-NCA", 20, false).relaxationFeatures());
        assertEquals(4.15, FeatureDefaults.UL.settingsFor("LSD", 20, false).gridEndVolt());
        assertTrue(FeatureDefaults.LSD.settingsFor("LSD", 20, true).physicalGrid());
        assertEquals(FeatureDefaults.RECORDED, FeatureDefaults.parse(" recorded "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureDefaults.parse("xx"));
        assertTrue(e.getMessage().contains("AUTO"), e.getMessage());
    }
}
