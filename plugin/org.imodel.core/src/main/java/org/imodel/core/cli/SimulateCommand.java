package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.TableSink;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationCsv;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.timeseries.TimeSample;

/** {@code imodel simulate}: example cells from our own simulator, as a per-cycle table and optional time series. */
final class SimulateCommand {

    static final String USAGE = "imodel simulate [--example] [--cells N] [--cycles N] [--seed S] [--capacity Ah]"
            + " [--charge-rate C] [--discharge-rate C] [--temperature degC] --out cycles.csv [--time-series folder]";

    private SimulateCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException {
        Args args = new Args(argv, Set.of("example"));
        SimulationSettings base = args.flag("example") ? SimulationSettings.example() : SimulationSettings.defaults();
        SimulationSettings.Builder b = base.toBuilder()
                .cells(args.intOption("cells", base.cells()))
                .cyclesPerCell(args.intOption("cycles", base.cyclesPerCell()))
                .seed(args.intOption("seed", (int) base.seed()))
                .nominalCapacityAh(args.doubleOption("capacity", base.nominalCapacityAh()));
        if (args.option("charge-rate", null) != null) {
            b.chargeCRate(args.doubleOption("charge-rate", 0));
        }
        if (args.option("discharge-rate", null) != null) {
            b.dischargeCRate(args.doubleOption("discharge-rate", 0));
        }
        if (args.option("temperature", null) != null) {
            b.temperatureCelsius(args.doubleOption("temperature", 0));
        }
        Path target = Paths.get(args.required("out"));
        String seriesFolder = args.option("time-series", null);
        args.rejectUnknown();
        CellSimulator simulator = new CellSimulator(b.build());
        long start = System.nanoTime();
        long[] rows = {0};
        try (TableSink<CycleRecord> sink = ReadCommand.cycleSink(target)) {
            simulator.simulate(r -> {
                sink.accept(r);
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.printf(Locale.ROOT, "simulated %d cell(s), %d cycles in %.2f s -> %s%n", simulator.settings().cells(),
                rows[0], (System.nanoTime() - start) / 1e9, target);
        if (seriesFolder != null) {
            writeTimeSeries(simulator, Paths.get(seriesFolder), out);
        }
    }

    private static void writeTimeSeries(CellSimulator simulator, Path folder, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        for (int cell = 0; cell < simulator.settings().cells(); cell++) {
            Path file = folder.resolve(CellSimulator.cellId(cell) + ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    TableSink<TimeSample> series = SimulationCsv.timeSeriesWriter(w)) {
                simulator.timeSeries(cell, series, null);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.println("time series (Battery Data Format columns), one file per cell -> " + folder);
    }
}
