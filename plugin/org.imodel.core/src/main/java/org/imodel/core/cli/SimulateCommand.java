package org.imodel.core.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.io.TableSink;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationCsv;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.timeseries.TimeSample;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code imodel simulate}: example cells from our own simulator, as a per-cycle table and optional time series. */
@Command(name = "simulate", description = "Example cells from our own ageing simulator (deterministic), per cycle"
        + " and optionally as raw time series (Battery Data Format columns, one file per cell).")
final class SimulateCommand extends CliCommand {

    private static final SimulationSettings DEFAULTS = SimulationSettings.defaults();

    @Option(names = "--example", description = "The product's example set: 8 cells over 4 UL-like conditions.")
    boolean example;

    @Option(names = "--cells", paramLabel = "N", description = "Number of cells.")
    int cells = DEFAULTS.cells();

    @Option(names = "--cycles", paramLabel = "N", description = "Cycles per cell.")
    int cycles = DEFAULTS.cyclesPerCell();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed.")
    long seed = DEFAULTS.seed();

    @Option(names = "--capacity", paramLabel = "Ah", description = "Nominal capacity.")
    double capacity = DEFAULTS.nominalCapacityAh();

    @Option(names = "--charge-rate", paramLabel = "C", description = "Charge C-rate (default: "
            + "0.5, or per condition with --example).")
    Double chargeRate;

    @Option(names = "--discharge-rate", paramLabel = "C", description = "Discharge C-rate (default: 1, or per"
            + " condition with --example).")
    Double dischargeRate;

    @Option(names = "--temperature", paramLabel = "degC", description = "Ambient temperature (default: 25, or per"
            + " condition with --example).")
    Double temperature;

    @Option(names = "--out", required = true, paramLabel = "cycles.csv", description = "The per-cycle table to"
            + " write.")
    Path target;

    @Option(names = "--time-series", paramLabel = "folder", description = "Also write each cell's raw time series"
            + " into this folder (created if missing; default: none).")
    Path seriesFolder;

    @Override
    void execute(PrintWriter out) throws Exception {
        SimulationSettings base = example ? SimulationSettings.example() : SimulationSettings.defaults();
        SimulationSettings.Builder b = base.toBuilder().cells(cells).cyclesPerCell(cycles).seed(seed)
                .nominalCapacityAh(capacity);
        if (chargeRate != null) {
            b.chargeCRate(chargeRate);
        }
        if (dischargeRate != null) {
            b.dischargeCRate(dischargeRate);
        }
        if (temperature != null) {
            b.temperatureCelsius(temperature);
        }
        CellSimulator simulator;
        try {
            simulator = new CellSimulator(b.build());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        try (OutputFiles files = new OutputFiles(List.of())) {
            files.file(target);
            if (seriesFolder != null) {
                files.folder(seriesFolder);
            }
            long start = System.nanoTime();
            long[] rows = {0};
            try (TableSink<CycleRecord> sink = ReadCommand.cycleSink(files.writer(target))) {
                simulator.simulate(r -> {
                    sink.accept(r);
                    rows[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (seriesFolder != null) {
                writeTimeSeries(simulator, files);
            }
            files.commit();
            out.printf(Locale.ROOT, "simulated %d cell(s), %d cycles in %.2f s -> %s%n", simulator.settings().cells(),
                    rows[0], (System.nanoTime() - start) / 1e9, target);
            if (seriesFolder != null) {
                out.println("time series (Battery Data Format columns), one file per cell -> " + seriesFolder);
            }
        }
    }

    private void writeTimeSeries(CellSimulator simulator, OutputFiles files) throws Exception {
        for (int cell = 0; cell < simulator.settings().cells(); cell++) {
            Path file = seriesFolder.resolve(CellSimulator.cellId(cell) + ".csv");
            try (Writer w = files.writer(file);
                    TableSink<TimeSample> series = SimulationCsv.timeSeriesWriter(w)) {
                simulator.timeSeries(cell, series, null);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
