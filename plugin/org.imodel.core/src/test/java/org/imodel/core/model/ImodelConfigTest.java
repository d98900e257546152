package org.imodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parameter counts (method notes &sect;4, checked with torch) and validation. */
class ImodelConfigTest {

    @Test
    void forecastFlopsCountTheMultiplyAddsOfEachLayer() {
        // experts 5*50*50, gate 12*5, mixture 5*50, BiLSTM 2*50*256*(4+64), head 2*50*64: 1 760 010 multiply-adds
        assertEquals(3_520_020, ImodelConfig.defaults().forecastFlops());
        assertEquals(2 * (5 * 50 * 50 + 12 * 5 + 5 * 50 + 2 * 50 * 128 * 36 + 2 * 50 * 32),
                ImodelConfig.defaults().withHiddenSize(32).forecastFlops());
    }

    @Test
    void parameterCountsMatchPyTorch() {
        assertEquals(48_809, ImodelConfig.defaults().parameterCount());
        assertEquals(38_609, ImodelConfig.reference(10, 12).parameterCount());
        assertEquals(48_779, ImodelConfig.reference(50, 6).parameterCount());
        assertEquals(150_283, ImodelConfig.reference(50, 6).withHiddenSize(128).parameterCount());
        ImodelConfig c = ImodelConfig.defaults();
        assertEquals(12_750, c.expertParameterCount());
        assertEquals(90, c.gateParameterCount());
        assertEquals(35_840, c.lstmParameterCount());
        assertEquals(129, c.headParameterCount());
    }

    @Test
    void networksHaveTheConfiguredNumberOfParameters() {
        for (ImodelConfig c : new ImodelConfig[] {ImodelConfig.defaults(), ImodelConfig.reference(10, 12),
            ImodelConfig.reference(50, 6), ImodelConfig.reference(50, 6).withHiddenSize(128)}) {
            try (ImodelNetwork net = ImodelNetwork.create(c, 1)) {
                assertEquals(c.parameterCount(), net.parameterCount(), c.toString());
            }
        }
    }

    @Test
    void invalidValuesAreRejectedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ImodelConfig(5, 6, 10, 64, 50, 50, 12, 0.5))
                .getMessage().contains("topK"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ImodelConfig(5, 2, 10, 0, 50, 50, 12, 0.5))
                .getMessage().contains("hiddenSize"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new ImodelConfig(5, 2, Double.NaN, 64, 50, 50, 12, 0.5)).getMessage().contains("alpha"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ImodelConfig(5, 2, 10, 64, 50, 50, 12, -1))
                .getMessage().contains("diversityWeight"));
        assertThrows(IllegalArgumentException.class, () -> ImodelConfig.defaults().withHorizon(0));
    }
}
