package org.imodel.core.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Header recognition for the cycler dialects, units from headers, and the user mapping. */
class TimeSeriesColumnsTest {

    private static Map<TimeSeriesRole, MappedColumn> resolve(String header, char delimiter, ColumnMapping m) {
        TimeSeriesColumns.Resolution r = TimeSeriesColumns.resolve(header.split(delimiter == '\t' ? "\t"
                : String.valueOf(delimiter), -1), m);
        assertTrue(r.complete(), "missing " + r.missing());
        return r.columns();
    }

    private static void check(Map<TimeSeriesRole, MappedColumn> c, TimeSeriesRole role, String name, String unit) {
        MappedColumn col = c.get(role);
        assertEquals(name, col == null ? null : col.name(), role.toString());
        if (unit != null) {
            assertEquals(unit, col.unit() == null ? null : col.unit().label(), role + " unit");
        }
    }

    @Test
    void batteryDataFormat() {
        var c = resolve("test_time_second,voltage_volt,current_ampere,cycle_count,step_index,charging_capacity_ah,"
                + "discharging_capacity_ah,ambient_temperature_celsius,temperature_t1_celsius,unix_time_second", ',',
                ColumnMapping.AUTO);
        check(c, TimeSeriesRole.TIME, "test_time_second", "s");
        check(c, TimeSeriesRole.CURRENT, "current_ampere", "A");
        check(c, TimeSeriesRole.VOLTAGE, "voltage_volt", "V");
        check(c, TimeSeriesRole.CYCLE, "cycle_count", null);
        check(c, TimeSeriesRole.STEP, "step_index", null);
        check(c, TimeSeriesRole.CHARGE_CAPACITY, "charging_capacity_ah", "Ah");
        check(c, TimeSeriesRole.DISCHARGE_CAPACITY, "discharging_capacity_ah", "Ah");
        check(c, TimeSeriesRole.TEMPERATURE, "ambient_temperature_celsius", "degC");
        var cyc = resolve("test_time_second,voltage_volt,current_ampere,step_count,cycle_charging_capacity_ah,"
                + "charging_capacity_ah,temperature_t1_celsius", ',', ColumnMapping.AUTO);
        check(cyc, TimeSeriesRole.CHARGE_CAPACITY, "cycle_charging_capacity_ah", "Ah");
        check(cyc, TimeSeriesRole.STEP, "step_count", null);
        check(cyc, TimeSeriesRole.TEMPERATURE, "temperature_t1_celsius", "degC");
    }

    @Test
    void arbinWithAndWithoutUnits() {
        var c = resolve("Data_Point,Test_Time,DateTime,Step_Time,Step_Index,Cycle_Index,Current,Voltage,"
                + "Charge_Capacity,Discharge_Capacity,dV/dt,Temperature", ',', ColumnMapping.AUTO);
        check(c, TimeSeriesRole.TIME, "Test_Time", "s");
        check(c, TimeSeriesRole.CURRENT, "Current", "A");
        assertEquals("Arbin convention", c.get(TimeSeriesRole.CURRENT).unitSource());
        check(c, TimeSeriesRole.CHARGE_CAPACITY, "Charge_Capacity", "Ah");
        check(c, TimeSeriesRole.CYCLE, "Cycle_Index", null);
        var u = resolve("Test_Time(s),Cycle_Index,Step_Index,Current(A),Voltage(V),Charge_Capacity(Ah),"
                + "Discharge_Capacity(Ah),Aux_Temperature_1(C)", ',', ColumnMapping.AUTO);
        check(u, TimeSeriesRole.TIME, "Test_Time(s)", "s");
        check(u, TimeSeriesRole.DISCHARGE_CAPACITY, "Discharge_Capacity(Ah)", "Ah");
        check(u, TimeSeriesRole.TEMPERATURE, "Aux_Temperature_1(C)", "degC");
    }

    @Test
    void nrelBatterydata() {
        var c = resolve("Cycle_Index,Step,Time_s,Amphr,Watthr,Current_A,Voltage_V,Cell_Temperature_C,Temp2,"
                + "Charge_Capacity_Ah,Discharge_Capacity_Ah,Charge_Throughput_Ah", ',', ColumnMapping.AUTO);
        check(c, TimeSeriesRole.TIME, "Time_s", "s");
        check(c, TimeSeriesRole.STEP, "Step", null);
        check(c, TimeSeriesRole.TEMPERATURE, "Cell_Temperature_C", "degC");
        check(c, TimeSeriesRole.CHARGE_CAPACITY, "Charge_Capacity_Ah", "Ah");
        assertFalse(c.containsKey(TimeSeriesRole.CAPACITY), "separate counters win over Amphr");
    }

    @Test
    void maccorText() {
        var c = resolve("Rec#\tCyc#\tStep\tTestTime\tStepTime\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time"
                + "\tAux #1\t Units\t", '\t', ColumnMapping.AUTO);
        check(c, TimeSeriesRole.CYCLE, "Cyc#", null);
        check(c, TimeSeriesRole.TIME, "TestTime", "s");
        check(c, TimeSeriesRole.CAPACITY, "Amp-hr", "Ah");
        check(c, TimeSeriesRole.CURRENT, "Amps", "A");
        check(c, TimeSeriesRole.VOLTAGE, "Volts", "V");
        check(c, TimeSeriesRole.STATE, "State", null);
        assertNull(c.get(TimeSeriesRole.TEMPERATURE));
    }

    @Test
    void bioLogicEcLab() {
        var c = resolve("mode\tox/red\terror\tcontrol/V/mA\tEcell/V\tI/mA\ttime/s\tcycle number\tQ charge/mA.h"
                + "\tQ discharge/mA.h\tTemperature/\u00b0C", '\t', ColumnMapping.AUTO);
        check(c, TimeSeriesRole.CURRENT, "I/mA", "mA");
        check(c, TimeSeriesRole.VOLTAGE, "Ecell/V", "V");
        check(c, TimeSeriesRole.TIME, "time/s", "s");
        check(c, TimeSeriesRole.CYCLE, "cycle number", null);
        check(c, TimeSeriesRole.CHARGE_CAPACITY, "Q charge/mA.h", "mAh");
        check(c, TimeSeriesRole.DISCHARGE_CAPACITY, "Q discharge/mA.h", "mAh");
        check(c, TimeSeriesRole.TEMPERATURE, "Temperature/\u00b0C", "degC");
        var control = resolve("time/s\tcontrol/V/mA\tcontrol/mA\tEcell/V", '\t', ColumnMapping.AUTO);
        check(control, TimeSeriesRole.CURRENT, "control/mA", "mA");
    }

    @Test
    void newareHeaders() {
        var c = resolve("Cycle ID,Step ID,Record ID,Time(h:min:s.ms),Voltage(V),Current(mA),Capacity(mAh),"
                + "Chg. Cap.(Ah),DChg. Cap.(Ah)", ',', ColumnMapping.AUTO);
        check(c, TimeSeriesRole.CYCLE, "Cycle ID", null);
        check(c, TimeSeriesRole.STEP, "Step ID", null);
        check(c, TimeSeriesRole.TIME, "Time(h:min:s.ms)", "d hh:mm:ss");
        check(c, TimeSeriesRole.CURRENT, "Current(mA)", "mA");
        check(c, TimeSeriesRole.CHARGE_CAPACITY, "Chg. Cap.(Ah)", "Ah");
        check(c, TimeSeriesRole.DISCHARGE_CAPACITY, "DChg. Cap.(Ah)", "Ah");
        var single = resolve("Cycle ID,Step ID,Total Time,Current(A),Voltage(V),Capacity(mAh)", ',',
                ColumnMapping.AUTO);
        check(single, TimeSeriesRole.CAPACITY, "Capacity(mAh)", "mAh");
        check(single, TimeSeriesRole.TIME, "Total Time", "s");
    }

    @Test
    void genericCurrentWithoutUnitIsLeftUndetermined() {
        var c = resolve("time,current,voltage", ',', ColumnMapping.AUTO);
        assertNull(c.get(TimeSeriesRole.CURRENT).unit());
        assertEquals("assumed", c.get(TimeSeriesRole.TIME).unitSource());
    }

    @Test
    void userMappingTakesPrecedence() {
        ColumnMapping m = ColumnMapping.AUTO.withColumn(TimeSeriesRole.CURRENT, "I_set")
                .withUnit(TimeSeriesRole.CURRENT, "mA").withUnit(TimeSeriesRole.TIME, "h")
                .withColumn(TimeSeriesRole.CYCLE, "loop");
        var c = resolve("Test_Time(s),Current(A),I_set,Voltage(V),Cycle_Index,loop", ',', m);
        check(c, TimeSeriesRole.CURRENT, "I_set", "mA");
        check(c, TimeSeriesRole.TIME, "Test_Time(s)", "h");
        assertEquals("user", c.get(TimeSeriesRole.TIME).unitSource());
        check(c, TimeSeriesRole.CYCLE, "loop", null);
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.AUTO.withUnit(TimeSeriesRole.CURRENT, "V"));
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.AUTO.withUnit(TimeSeriesRole.CYCLE, "s"));
    }

    @Test
    void unitsAndClockTimes() {
        assertEquals(1e-3, UnitConversion.of(TimeSeriesRole.CHARGE_CAPACITY, "mA.h").orElseThrow().factor());
        assertEquals(3600, UnitConversion.of(TimeSeriesRole.TIME, "h").orElseThrow().factor());
        assertEquals(1e-3, UnitConversion.of(TimeSeriesRole.TIME, "ms").orElseThrow().factor());
        assertEquals(25.0, UnitConversion.of(TimeSeriesRole.TEMPERATURE, "K").orElseThrow().apply(298.15), 1e-9);
        assertEquals(5.05, CellParser.clock("  0d 00:00:5.05"), 1e-12);
        assertEquals(86400 + 3600 + 120 + 3.5, CellParser.clock("1d 01:02:03.5"), 1e-9);
        assertEquals(3723, CellParser.clock("1:02:03"), 1e-9);
        assertEquals(2 * 86400 + 1, CellParser.clock("2 days, 00:00:01"), 1e-9);
        assertTrue(Double.isNaN(CellParser.clock("12/11/2020 12:22:12")));
    }
}
