package org.imodel.core.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.Provenance;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.model.ImodelConfig;

/** Model specs for tests that need no network. */
public final class TestSpecs {

    private TestSpecs() {
    }

    /**
     * @param currentUnit the model's current unit (A, C or C-code)
     * @param horizon P
     * @return a 12-feature UL-style spec without envelope
     */
    public static ModelSpec spec(String currentUnit, int horizon) {
        FeatureSettings f = FeatureSettings.forFamily("UL-NCA", 20);
        double[] mean = new double[12];
        double[] scale = new double[12];
        Arrays.fill(scale, 1);
        Provenance p = new Provenance("recommended", 1, 1, 1, List.of("a"), List.of("b"), "x", Map.of(), Map.of(),
                "2026-12-06T00:00:00Z", Map.of());
        return new ModelSpec(ImodelConfig.reference(horizon, 12), f, "AUTO", f.featureNames(), mean, scale, "ALL",
                ModelSpec.SCENARIO_CHANNELS, List.of(currentUnit, currentUnit, "degC"), p);
    }
}
