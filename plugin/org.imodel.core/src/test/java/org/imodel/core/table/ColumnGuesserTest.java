package org.imodel.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ColumnGuesserTest {

    @Test
    void matchesIgnoringCaseAndSeparatorsBestCandidateFirst() {
        List<String> columns = List.of("Cycle_Index", "Discharge_Capacity(Ah)", "cycle count");
        assertEquals(Optional.of("cycle count"), ColumnGuesser.guess(columns, List.of("cycle_count", "cycle_index")));
        assertEquals(Optional.of("Discharge_Capacity(Ah)"),
                ColumnGuesser.guess(columns, List.of("discharge_capacity_ah")));
        assertEquals(Optional.empty(), ColumnGuesser.guess(columns, List.of("voltage_volt")));
    }
}
