package org.imodel.core.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.timeseries.TimeSample;

/**
 * Simulator of Li-ion cells (18650 NCA-like by default) ageing under cycling: the embedded example data of the
 * product. It produces the per-cycle truth ({@link CycleRecord}s in the canonical form: family
 * {@value #FAMILY}, currents in A) and, for any cell, the raw time series ({@link TimeSample}s) from which a correct
 * time-series to per-cycle conversion gives back that truth. Output depends only on the {@link SimulationSettings}
 * (seed included): it is bit-identical across runs, JVMs and platforms (own SplitMix64 generator,
 * {@link StrictMath} throughout), and each cell's output does not depend on the number of cells.
 *
 * <h2>Cycle protocol</h2> See {@link SimulationSettings}: [1] CC charge to the upper cut-off, [2] optional CV hold,
 * [3] rest after charge (relaxation), [4] CC discharge to the lower cut-off, [5] rest. The numbers are the step
 * indices of the time series. Currents are C-rate &times; nominal capacity (the protocol does not follow the
 * capacity as it fades).
 *
 * <h2>Voltage model</h2> A lithiation coordinate {@code x} (0 = empty, 1 = full for a fresh cell) carries the
 * state of charge. The open-circuit voltage (NCA/graphite-like, about 3.0 V empty, 3.7 V at half charge, 4.19 V
 * full) is
 *
 * <pre>
 * U(x; xMin) = 3.38 + 0.67 x + 0.025 tanh((x - 0.6) / 0.125) + 0.12 exp((x - 1) / 0.2)
 *              - 0.36 exp(-(x - xMin) / 0.02)
 * </pre>
 *
 * The last term is the steep end of discharge where the negative electrode runs out of lithium, at
 * {@code x = xMin}. The cell holds {@code Qx} Ah per unit of {@code x}: charging at current {@code I} for
 * {@code t} seconds moves {@code x} by {@code I t / (3600 Qx)}. Ageing enters in two ways (degradation modes):
 * loss of lithium inventory (LLI) raises {@code xMin = LLI / (1 - LAM)}, which shifts the OCV-SOC mapping (the empty
 * end moves up); loss of active material (LAM) scales {@code Qx = Q0 (1 - LAM)}, which shrinks the charge between
 * any two voltages. The usable capacity is about {@code Q0 (1 - LLI - LAM)}.
 *
 * <p>
 * Terminal voltage: a Thevenin circuit with a series resistance and two RC branches (fast: charge transfer; slow:
 * diffusion), {@code V = U(x) + I R0 + v1 + v2} with {@code dv_k/dt = (I R_k - v_k) / tau_k} (I &gt; 0 charging).
 * At constant current this has the closed form {@code v_k(t) = I R_k + (v_k(0) - I R_k) exp(-t / tau_k)}, which is
 * what the CC steps and rests use (no time-stepping error); the CV hold is integrated with a fixed 5 s step (the RC
 * branches exactly for the step's current, the OCV at the step midpoint), its current solved so that the voltage
 * stays at the set point. Resistances grow with the total fade {@code F} and fall with temperature:
 *
 * <pre>
 * R0 = R0_ref s_R (1 + g_R F) / A(E_R, T)      R1 = R1_ref s_R (1 + g_R F) / A(E_R, T)
 * R2 = R2_ref s_R (1 + g_D F) / A(E_R, T)      tau1 = tau1_ref    tau2 = tau2_ref (1 + g_tau F)
 * A(E, T) = exp(E / 8.314 (1 / 298.15 K - 1 / T))    s_R = (3 Ah / nominal) &times; cell factor
 * </pre>
 *
 * During the CC charge the voltage rises strictly, so the capacity-increment (CI) curve is the charge counter at
 * the moments the voltage crosses the grid voltages, minus its value at the first grid voltage. As the cell ages,
 * LAM shrinks the curve, and the growing resistance shifts it to lower state of charge (the voltage reaches each
 * grid value earlier). The relaxation trace is {@code U(x_end) + v1 exp(-t/tau1) + v2 exp(-t/tau2)} at the rest's
 * sample times: a two-time-constant decay toward the OCV whose slow part grows with age ({@code R2}, {@code tau2}).
 *
 * <h2>Ageing model</h2> After each cycle, with {@code dN} = discharged capacity / nominal capacity (equivalent full
 * cycles, EFC), charge C-rate {@code c}, discharge C-rate {@code d} and temperature {@code T} of that cycle (the
 * parameters are those of {@link AgeingParameters}, defaults in brackets):
 *
 * <pre>
 * SEI (calendar-like, LLI):  F_sei = k_SEI A(E_SEI, T) sqrt(N)          [k_SEI 0.004, E_SEI 25 kJ/mol]
 *     with varying conditions by the equivalent-EFC rule: N_eq = (F_sei / (k_SEI A))^2, F_sei = k_SEI A sqrt(N_eq + dN)
 * cycling (LLI + LAM):       dF_cyc = k_cyc A(E_cyc, T) (c / 0.5)^a_c (d / 1)^a_d dN
 *                                                                     [k_cyc 1.5e-4, a_c 1, a_d 0.5, E_cyc 20 kJ/mol]
 * knee (lithium plating):    N_k = N_k0 (0.5 / c)^b_c A(E_k, T)       plating progress dP = dN / N_k
 *                            dF_k = k_k (c / 0.5)^b_r sigma((P - 1) / w) dN,  sigma(z) = 1 / (1 + exp(-z))
 *                                          [N_k0 220 EFC, b_c 2, E_k 50 kJ/mol, k_k 0.003, b_r 1, w 0.1]
 * </pre>
 *
 * At constant conditions the knee term is the softplus {@code F_k = k_k' N_k w ln(1 + exp((N / N_k - 1) / w))}: no
 * extra fade before the onset, then a smooth turn into a steep linear fade. The onset comes earlier at higher charge
 * rate and at <em>lower</em> temperature (plating); the SEI and cycling terms are faster at higher temperature and
 * rate. So before the knee a warmer cell fades faster, while the knee of a cooler cell comes first, as in the UL-NCA
 * data (25 &deg;C cells reach 2.5 Ah well before 45 &deg;C cells). The fade splits into LLI = F_sei + s_c F_cyc +
 * s_k F_k and LAM = (1 - s_c) F_cyc + (1 - s_k) F_k [s_c 0.5, s_k 0.7]; F = LLI + LAM.
 *
 * <p>
 * Cell-to-cell variation (scaled by {@link SimulationSettings#cellSpread()}): the fresh capacity
 * {@code Q0 = nominal (1 + 0.01 z)}, log-normal factors on the resistances (sigma 0.05), on each of k_SEI, k_cyc,
 * k_k (0.10) and on N_k0 (0.10). Measurement-like scatter: each cycle {@code Qx} is multiplied by
 * {@code 1 + capacityNoise z} (default 0.002); the scatter is part of the simulated cell, so the time series and
 * the truth agree. There is no voltage or current noise (the CC voltage must stay strictly increasing so that
 * the CI can be rebuilt exactly). A cell's test ends after the first cycle whose discharge capacity is below
 * {@code endOfTestFraction} &times; nominal (default 60 %) or when {@code F} reaches 0.9.
 *
 * <p>
 * With the defaults (no cell spread) a fresh 3 Ah cell gives 2.99 Ah at 1C, a CI curve of 1.94 Ah over 3.6-4.15 V
 * (UL-NCA: about 1.97 of 3.24 Ah) and a relaxation from 4.194 V to 4.186 V in 30 min; at 25 &deg;C 0.5C/1C it has
 * lost 10 % by cycle 200, bends into the knee between cycles 200 and 250 and is at 2.17 Ah (CI 1.50 Ah) at cycle
 * 300.
 *
 * <h2>Time series and round-trip tolerances</h2> Samples have the BDF sign convention (positive current charges),
 * a per-cycle charge and discharge counter that start at 0 at the first sample of each cycle, the cycle number
 * (from 1) and the step index. Sampling: CC charge at its start, every {@code samplePeriodSeconds}, <em>exactly at
 * every CI grid voltage</em> and at the cut-off; CV every period (on its 5 s integration grid) and at its end; rest
 * after charge exactly at the relaxation sample times (no other samples); discharge every period and at the
 * cut-off; final rest every period strictly inside the rest. Each step's samples lie in (start, end] of the step
 * (the CC charge also at its start), so test times are strictly increasing. Within one cycle the time series and
 * the truth satisfy, to within {@value #ROUND_TRIP_TOLERANCE} (Ah or V; in practice they are the same doubles):
 * <ul>
 * <li>discharge capacity = largest discharge counter of the cycle; charge capacity = largest charge counter;</li>
 * <li>CI = charge counter of the CC-charge samples (step 1, equivalently current &gt; 0 with voltage below the
 * cut-off) linearly interpolated against voltage onto the grid (np.interp semantics, clamped), minus its first
 * value;</li>
 * <li>relaxation = the voltages of the step-3 samples (the rest after charge) above
 * {@code relaxationThresholdVolt}, in time order. Selecting "current = 0 and voltage above the threshold" over the
 * whole cycle (as the UL generator does) gives the same within the default settings, because the rest after
 * discharge stays near 3 V; in extreme settings (discharge at 4C and more, or a cell run far past the knee with a
 * low end-of-test fraction) that rest can recover above 4.0 V, so a converter should take the rest that follows the
 * charge;</li>
 * <li>charge current = current of the step-1 samples; discharge current = minus the current of the step-4 samples;
 * temperature = the samples' ambient temperature.</li>
 * </ul>
 * Rebuilding the CI on another grid than the simulator's interpolates linearly between samples at most one period
 * apart: with the default 10 s period the error is below 1e-3 Ah (checked in the tests).
 */
public final class CellSimulator {

    /** Dataset family of the records. */
    public static final String FAMILY = "SIMULATED";
    /** Unit of the record currents. */
    public static final String CURRENT_UNIT = "A";
    /** Step index of the CC charge. */
    public static final int STEP_CC_CHARGE = 1;
    /** Step index of the CV hold. */
    public static final int STEP_CV_CHARGE = 2;
    /** Step index of the rest after charge (relaxation). */
    public static final int STEP_REST_AFTER_CHARGE = 3;
    /** Step index of the CC discharge. */
    public static final int STEP_CC_DISCHARGE = 4;
    /** Step index of the rest after discharge. */
    public static final int STEP_REST_AFTER_DISCHARGE = 5;
    /**
     * Agreement (Ah for capacities and CI, V for voltages, A for currents) between the per-cycle truth and a
     * correct conversion of the time series, when the series is passed on as doubles or written by
     * {@link SimulationCsv} (shortest exact decimal form).
     */
    public static final double ROUND_TRIP_TOLERANCE = 1e-9;

    private final SimulationSettings settings;

    /** @param settings the settings */
    public CellSimulator(SimulationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the settings */
    public SimulationSettings settings() {
        return settings;
    }

    /**
     * @param cellIndex 0-based cell index
     * @return the id of that cell, e.g. {@code SIM-001} for index 0
     */
    public static String cellId(int cellIndex) {
        return String.format("SIM-%03d", cellIndex + 1);
    }

    /**
     * The open-circuit voltage of the model (see the class documentation).
     *
     * @param x lithiation coordinate (0 empty, 1 full when fresh)
     * @param xMin position of the end-of-discharge edge (0 fresh, grows with loss of lithium inventory)
     * @return the OCV (V)
     */
    public static double openCircuitVoltage(double x, double xMin) {
        double edge = Math.min(50.0, -(x - xMin) / 0.02);
        return 3.38 + 0.67 * x + 0.025 * StrictMath.tanh((x - 0.6) / 0.125) + 0.12 * StrictMath.exp((x - 1) / 0.2)
                - 0.36 * StrictMath.exp(edge);
    }

    /** @return the per-cycle truth of all cells, cell by cell, cycle by cycle */
    public List<CycleRecord> simulate() {
        List<CycleRecord> out = new ArrayList<>();
        simulate(out::add);
        return out;
    }

    /** @param sink receives the per-cycle truth of all cells, cell by cell, cycle by cycle */
    public void simulate(Consumer<? super CycleRecord> sink) {
        for (int c = 0; c < settings.cells(); c++) {
            run(c, null, sink);
        }
    }

    /**
     * Simulates all cells, cell by cell, streaming the per-cycle truth and optionally the raw time series, with
     * progress and cancellation (for long runs, e.g. from a KNIME node). The truth is identical to that of
     * {@link #simulate()}, the samples to those of {@link #timeSeries(int)}.
     *
     * @param progress progress by cell and, within a cell, by cycle (of {@code cyclesPerCell}; a cell whose test
     *        ends earlier jumps ahead); cancellation is checked before every cell and after every cycle
     * @param truth receives each cycle's truth after that cycle's samples
     * @param samples receives the cell id and each sample in time order, or null to skip the time series (faster)
     * @throws CancelledException when cancelled; everything delivered before stays delivered
     */
    public void simulate(Progress progress, Consumer<? super CycleRecord> truth,
            BiConsumer<String, ? super TimeSample> samples) throws CancelledException {
        Objects.requireNonNull(truth, "truth");
        Progress p = progress == null ? Progress.NONE : progress;
        int cells = settings.cells();
        int cycles = settings.cyclesPerCell();
        int every = Math.max(1, cycles / 100);
        for (int c = 0; c < cells; c++) {
            String id = cellId(c);
            Consumer<TimeSample> sink = samples == null ? null : s -> samples.accept(id, s);
            CellRun run = new CellRun(settings, c);
            p.checkCancelled();
            p.report(c / (double) cells, "Simulating " + id + " (cell " + (c + 1) + " of " + cells + ")");
            CycleRecord r;
            int n = 0;
            while ((r = run.next(sink)) != null) {
                truth.accept(r);
                p.checkCancelled();
                if (++n % every == 0) {
                    p.report((c + n / (double) cycles) / cells, "Simulating " + id + " (cell " + (c + 1) + " of "
                            + cells + "), cycle " + n);
                }
            }
        }
        p.report(1, "Simulated " + cells + " cell(s)");
    }

    /**
     * @param cellIndex 0-based cell index
     * @return the per-cycle truth of that cell
     */
    public List<CycleRecord> simulateCell(int cellIndex) {
        List<CycleRecord> out = new ArrayList<>();
        run(checkCell(cellIndex), null, out::add);
        return out;
    }

    /**
     * Simulates one cell with its raw time series; the truth is identical to that of {@link #simulate()}.
     *
     * @param cellIndex 0-based cell index
     * @param samples receives the samples in time order
     * @param truth receives each cycle's truth after that cycle's samples, or null
     */
    public void timeSeries(int cellIndex, Consumer<? super TimeSample> samples, Consumer<? super CycleRecord> truth) {
        run(checkCell(cellIndex), Objects.requireNonNull(samples, "samples"), truth);
    }

    /**
     * The raw time series of one cell as a lazy, sequential stream (one cycle is simulated at a time, so memory
     * stays bounded).
     *
     * @param cellIndex 0-based cell index
     * @return the samples in time order
     */
    public Stream<TimeSample> timeSeries(int cellIndex) {
        CellRun run = new CellRun(settings, checkCell(cellIndex));
        ArrayDeque<TimeSample> buffer = new ArrayDeque<>();
        Spliterator<TimeSample> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE) {
            private boolean done;

            @Override
            public boolean tryAdvance(Consumer<? super TimeSample> action) {
                while (buffer.isEmpty()) {
                    if (done || run.next(buffer::add) == null) {
                        done = true;
                        return false;
                    }
                }
                action.accept(buffer.poll());
                return true;
            }
        };
        return StreamSupport.stream(split, false);
    }

    private void run(int cellIndex, Consumer<? super TimeSample> samples, Consumer<? super CycleRecord> truth) {
        CellRun run = new CellRun(settings, cellIndex);
        CycleRecord r;
        while ((r = run.next(samples)) != null) {
            if (truth != null) {
                truth.accept(r);
            }
        }
    }

    private int checkCell(int cellIndex) {
        if (cellIndex < 0 || cellIndex >= settings.cells()) {
            throw new IllegalArgumentException("Cell index " + cellIndex + " is outside 0.." + (settings.cells() - 1)
                    + ".");
        }
        return cellIndex;
    }
}
