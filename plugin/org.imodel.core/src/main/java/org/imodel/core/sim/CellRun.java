package org.imodel.core.sim;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.timeseries.TimeSample;

/**
 * The simulation of one cell, cycle after cycle: the state of the equivalent circuit, the ageing state and the
 * random stream. {@link #next(Consumer)} runs one cycle, optionally emitting its raw samples, and returns the
 * per-cycle truth; the truth is computed by the same code whether samples are emitted or not. The model is
 * documented in {@link CellSimulator}.
 */
final class CellRun {

    private static final double R_GAS = 8.314462618;
    private static final double T_REF = 298.15;
    private static final double REF_CHARGE_C = 0.5;
    private static final double REF_DISCHARGE_C = 1.0;
    /** Resistances in {@link AgeingParameters} are for a cell of this capacity. */
    private static final double REF_CAPACITY_AH = 3.0;
    /** Total fade at which the model is no longer meant to hold; the cell's test stops there. */
    static final double MAX_FADE = 0.9;
    /** Integration step of the CV hold (s). */
    static final double CV_STEP_SECONDS = 5.0;
    /** Longest CV hold (s). */
    static final double CV_MAX_SECONDS = 7200.0;
    /** Samples closer than this to a retained sample of the same step are dropped (s). */
    private static final double MIN_SAMPLE_GAP = 1e-6;

    private final SimulationSettings s;
    private final AgeingParameters p;
    private final int cellIndex;
    private final String cellId;
    private final String source;
    private final double[] grid;
    private final SplitMix64 rng;
    private final double nominal;

    // cell constants (drawn once)
    private final double q0;
    private final double rScale;
    private final double kSei;
    private final double kCyc;
    private final double kKnee;
    private final double kneeOnset;

    // ageing state
    private double fSei;
    private double fCyc;
    private double fKnee;
    private double plating;

    // circuit state: lithiation coordinate and the two RC voltages
    private double x;
    private double v1;
    private double v2;

    private int cycle;
    private boolean finished;
    private double testTime;

    // parameters of the cycle in progress
    private double qx;
    private double xMin;
    private double r0;
    private double r1;
    private double r2;
    private double tau1;
    private double tau2;

    CellRun(SimulationSettings settings, int cellIndex) {
        this.s = settings;
        this.p = settings.ageing();
        this.cellIndex = cellIndex;
        this.cellId = CellSimulator.cellId(cellIndex);
        this.source = "simulator(seed=" + settings.seed() + ")";
        VoltageGrid g = settings.ciGrid();
        this.grid = new double[g.points()];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = g.voltage(i);
        }
        this.nominal = settings.nominalCapacityAh();
        this.rng = new SplitMix64(SplitMix64.streamSeed(settings.seed(), cellIndex));
        double spread = settings.cellSpread();
        double zCap = rng.nextGaussian();
        double zRes = rng.nextGaussian();
        double zSei = rng.nextGaussian();
        double zCyc = rng.nextGaussian();
        double zKnee = rng.nextGaussian();
        double zOnset = rng.nextGaussian();
        this.q0 = nominal * Math.max(0.5, 1 + p.capacitySpread() * spread * zCap);
        this.rScale = REF_CAPACITY_AH / nominal * StrictMath.exp(p.resistanceSpread() * spread * zRes);
        this.kSei = p.seiRate() * StrictMath.exp(p.rateSpread() * spread * zSei);
        this.kCyc = p.cyclingRate() * StrictMath.exp(p.rateSpread() * spread * zCyc);
        this.kKnee = p.kneeRate() * StrictMath.exp(p.rateSpread() * spread * zKnee);
        this.kneeOnset = p.kneeOnset() * StrictMath.exp(p.kneeSpread() * spread * zOnset);
        // formation: from the charged state at rest, one silent CC discharge of cycle 1 and the final rest
        OperatingCondition first = settings.conditionAt(cellIndex, 1);
        setCycleParameters(first.temperatureCelsius(), 0.0);
        x = 1.0;
        double id = first.dischargeCRate() * nominal;
        ccDischarge(id, 0, 0, first.temperatureCelsius(), null);
        rest(settings.restAfterDischargeSeconds(), 0, 0, 0, first.temperatureCelsius(), null);
    }

    /** @return the open-circuit voltage at lithiation coordinate {@code xx} of the cycle in progress */
    private double ocv(double xx) {
        return CellSimulator.openCircuitVoltage(xx, xMin);
    }

    private static double accel(double activationEnergy, double temperatureCelsius) {
        return StrictMath.exp(activationEnergy / R_GAS * (1.0 / T_REF - 1.0 / (temperatureCelsius + 273.15)));
    }

    private double totalFade() {
        return fSei + fCyc + fKnee;
    }

    private void setCycleParameters(double temperature, double noise) {
        double fade = totalFade();
        double lam = (1 - p.cyclingLliShare()) * fCyc + (1 - p.kneeLliShare()) * fKnee;
        double lli = fSei + p.cyclingLliShare() * fCyc + p.kneeLliShare() * fKnee;
        qx = q0 * (1 - lam) * (1 + noise);
        xMin = lli / (1 - lam);
        double rt = 1.0 / accel(p.resistanceActivationEnergy(), temperature);
        r0 = p.ohmicResistance() * rScale * (1 + p.resistanceGrowth() * fade) * rt;
        r1 = p.fastResistance() * rScale * (1 + p.resistanceGrowth() * fade) * rt;
        r2 = p.slowResistance() * rScale * (1 + p.slowResistanceGrowth() * fade) * rt;
        tau1 = p.fastTimeConstant();
        tau2 = p.slowTimeConstant() * (1 + p.slowTimeConstantGrowth() * fade);
    }

    /**
     * Runs the next cycle.
     *
     * @param sink receives the cycle's samples in time order, or null
     * @return the per-cycle truth, or null when the cell's test has ended
     */
    CycleRecord next(Consumer<? super TimeSample> sink) {
        if (finished || cycle >= s.cyclesPerCell()) {
            return null;
        }
        cycle++;
        OperatingCondition c = s.conditionAt(cellIndex, cycle);
        double noise = s.capacityNoise() * rng.nextGaussian();
        double temp = c.temperatureCelsius();
        setCycleParameters(temp, noise);
        double ich = c.chargeCRate() * nominal;
        double idis = c.dischargeCRate() * nominal;
        double t0 = testTime;

        double[] ci = new double[grid.length];
        double tcc = ccCharge(ich, t0, temp, ci, sink);
        double qch = ich * tcc / 3600.0;
        double tcv = 0;
        if (s.constantVoltagePhase()) {
            double[] out = cvHold(ich, qch, t0 + tcc, temp, sink);
            tcv = out[0];
            qch = out[1];
        }
        double[] relax = relaxation(qch, t0 + tcc + tcv, temp, sink);
        double trest = s.relaxationSamples() * s.relaxationIntervalSeconds();
        double tStartDis = t0 + tcc + tcv + trest;
        double td = ccDischarge(idis, qch, tStartDis, temp, sink);
        double qdis = idis * td / 3600.0;
        rest(s.restAfterDischargeSeconds(), qch, qdis, tStartDis + td, temp, sink);
        testTime = tStartDis + td + s.restAfterDischargeSeconds();

        age(c, qdis / nominal);
        if (qdis < s.endOfTestFraction() * nominal || totalFade() >= MAX_FADE) {
            finished = true;
        }
        return new CycleRecord(cellId, cycle, ich, idis, temp, qdis, qch, ci, s.ciGrid(), relax,
                CellSimulator.CURRENT_UNIT, CellSimulator.FAMILY, c.label(), source, 0);
    }

    /** Updates the ageing state after a cycle that discharged {@code efc} equivalent full cycles. */
    private void age(OperatingCondition c, double efc) {
        double temp = c.temperatureCelsius();
        double ks = kSei * accel(p.seiActivationEnergy(), temp);
        if (ks > 0) {
            double equivalent = (fSei / ks) * (fSei / ks);
            fSei = ks * StrictMath.sqrt(equivalent + efc);
        }
        fCyc += kCyc * accel(p.cyclingActivationEnergy(), temp)
                * StrictMath.pow(c.chargeCRate() / REF_CHARGE_C, p.cyclingChargeExponent())
                * StrictMath.pow(c.dischargeCRate() / REF_DISCHARGE_C, p.cyclingDischargeExponent()) * efc;
        double onset = kneeOnset * StrictMath.pow(REF_CHARGE_C / c.chargeCRate(), p.kneeChargeExponent())
                * accel(p.kneeActivationEnergy(), temp);
        plating += efc / onset;
        double ramp = 1.0 / (1.0 + StrictMath.exp(-(plating - 1.0) / p.kneeWidth()));
        fKnee += kKnee * StrictMath.pow(c.chargeCRate() / REF_CHARGE_C, p.kneeRateChargeExponent()) * ramp * efc;
    }

    // ---------------------------------------------------------------------------------------------------------
    // CC charge

    private double ccVoltage(double t, double i, double x0, double v10, double v20) {
        return ocv(x0 + i * t / (3600.0 * qx)) + i * (r0 + r1 + r2) + (v10 - i * r1) * StrictMath.exp(-t / tau1)
                + (v20 - i * r2) * StrictMath.exp(-t / tau2);
    }

    /**
     * CC charge from the current state to the upper cut-off. Fills {@code ci} (charge gained at each grid voltage,
     * minus the value at the first grid voltage) and advances the state.
     *
     * @return the duration of the CC charge (s)
     */
    private double ccCharge(double i, double t0, double temp, double[] ci, Consumer<? super TimeSample> sink) {
        double x0 = x;
        double v10 = v1;
        double v20 = v2;
        DoubleUnaryOperator v = t -> ccVoltage(t, i, x0, v10, v20);
        double step = 0.01 * 3600.0 * qx / i;
        double tMax = (Math.max(x0, 1.0) + 0.5 - x0) * 3600.0 * qx / i;
        double vmax = s.upperCutoffVolt();
        double[] cross = new double[grid.length];
        double lo = 0;
        double vLo = v.applyAsDouble(0);
        double vStart = vLo;
        for (int k = 0; k <= grid.length; k++) {
            double target = k < grid.length ? grid[k] : vmax;
            double root;
            if (vLo >= target) {
                root = lo; // only when the charge starts above the target (clamped like np.interp)
            } else {
                double hi = lo;
                double vHi = vLo;
                while (vHi < target) {
                    lo = hi;
                    vLo = vHi;
                    hi = Math.min(hi + step, tMax);
                    vHi = v.applyAsDouble(hi);
                    if (hi >= tMax && vHi < target) {
                        throw new IllegalStateException("The simulated CC charge of cell " + cellId + " cycle "
                                + cycle + " does not reach " + target + " V; the settings are outside the model.");
                    }
                }
                root = solve(v, target, lo, vLo - target, hi, vHi - target);
                lo = root;
                vLo = v.applyAsDouble(root);
            }
            if (k < grid.length) {
                cross[k] = root;
            } else {
                lo = root;
            }
        }
        double tcc = lo;
        for (int k = 0; k < grid.length; k++) {
            ci[k] = i * cross[k] / 3600.0 - i * cross[0] / 3600.0;
        }
        if (sink != null) {
            emitCharge(sink, i, t0, temp, tcc, cross, v, vStart);
        }
        x = x0 + i * tcc / (3600.0 * qx);
        v1 = i * r1 + (v10 - i * r1) * StrictMath.exp(-tcc / tau1);
        v2 = i * r2 + (v20 - i * r2) * StrictMath.exp(-tcc / tau2);
        return tcc;
    }

    /** Emits the CC-charge samples: step start, every period, every grid crossing, and the cut-off. */
    private void emitCharge(Consumer<? super TimeSample> sink, double i, double t0, double temp, double tcc,
            double[] cross, DoubleUnaryOperator v, double vStart) {
        if (tcc <= MIN_SAMPLE_GAP) {
            // the charge starts at the cut-off (extreme resistance): one sample, then the CV hold takes over
            sink.accept(sample(1, t0, i, vStart, 0, 0, temp));
            return;
        }
        // priority samples: start, crossings after the start, end
        double[] pt = new double[cross.length + 2];
        double[] pv = new double[cross.length + 2];
        int n = 0;
        pt[n] = 0;
        pv[n++] = vStart;
        for (int k = 0; k < cross.length; k++) {
            if (cross[k] > pt[n - 1] + MIN_SAMPLE_GAP && cross[k] < tcc - MIN_SAMPLE_GAP) {
                pt[n] = cross[k];
                pv[n++] = grid[k];
            }
        }
        pt[n] = tcc;
        pv[n++] = s.upperCutoffVolt();
        double period = s.samplePeriodSeconds();
        int j = 0;
        long m = 1;
        while (j < n) {
            double tm = m * period;
            if (tm < pt[j] - MIN_SAMPLE_GAP && (j == 0 || tm > pt[j - 1] + MIN_SAMPLE_GAP)) {
                sink.accept(sample(1, t0 + tm, i, v.applyAsDouble(tm), i * tm / 3600.0, 0, temp));
                m++;
            } else if (tm < pt[j] + MIN_SAMPLE_GAP) {
                m++; // too close to a priority sample
            } else {
                sink.accept(sample(1, t0 + pt[j], i, pv[j], i * pt[j] / 3600.0, 0, temp));
                j++;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // CV hold

    /** @return {duration (s), charge counter at the end (Ah)} */
    private double[] cvHold(double ich, double q, double t0, double temp, Consumer<? super TimeSample> sink) {
        double dt = CV_STEP_SECONDS;
        double e1 = StrictMath.exp(-dt / tau1);
        double e2 = StrictMath.exp(-dt / tau2);
        double denominator = r0 + r1 * (1 - e1) + r2 * (1 - e2);
        double cut = s.cvCutoffCRate() * nominal;
        double vmax = s.upperCutoffVolt();
        double period = s.samplePeriodSeconds();
        double nextMark = period;
        double previous = ich;
        int maxSteps = (int) Math.round(CV_MAX_SECONDS / dt);
        int k = 0;
        while (k < maxSteps) {
            double xm = x + previous * dt / (2 * 3600.0 * qx);
            double ik = (vmax - ocv(xm) - v1 * e1 - v2 * e2) / denominator;
            ik = Math.max(0, Math.min(ich, ik));
            x += ik * dt / (3600.0 * qx);
            v1 = v1 * e1 + ik * r1 * (1 - e1);
            v2 = v2 * e2 + ik * r2 * (1 - e2);
            q += ik * dt / 3600.0;
            previous = ik;
            k++;
            double t = k * dt;
            boolean last = ik <= cut || k == maxSteps;
            if (sink != null && (last || t >= nextMark - 1e-9)) {
                sink.accept(sample(2, t0 + t, ik, vmax, q, 0, temp));
                nextMark = (Math.floor(t / period + 1e-9) + 1) * period;
            }
            if (last) {
                break;
            }
        }
        return new double[] {k * dt, q};
    }

    // ---------------------------------------------------------------------------------------------------------
    // rests

    private double[] relaxation(double qch, double t0, double temp, Consumer<? super TimeSample> sink) {
        int n = s.relaxationSamples();
        double dt = s.relaxationIntervalSeconds();
        double threshold = s.relaxationThresholdVolt();
        double ocv = ocv(x);
        double[] trace = new double[n];
        int kept = 0;
        for (int k = 1; k <= n; k++) {
            double t = k * dt;
            double volt = ocv + v1 * StrictMath.exp(-t / tau1) + v2 * StrictMath.exp(-t / tau2);
            if (volt > threshold) {
                trace[kept++] = volt;
            }
            if (sink != null) {
                sink.accept(sample(3, t0 + t, 0, volt, qch, 0, temp));
            }
        }
        double total = n * dt;
        v1 *= StrictMath.exp(-total / tau1);
        v2 *= StrictMath.exp(-total / tau2);
        return Arrays.copyOf(trace, kept);
    }

    /** Rest after discharge: samples every period strictly inside the rest. */
    private void rest(double duration, double qch, double qdis, double t0, double temp,
            Consumer<? super TimeSample> sink) {
        if (sink != null) {
            double ocv = ocv(x);
            double period = s.samplePeriodSeconds();
            for (long m = 1; m * period < duration - MIN_SAMPLE_GAP; m++) {
                double t = m * period;
                double volt = ocv + v1 * StrictMath.exp(-t / tau1) + v2 * StrictMath.exp(-t / tau2);
                sink.accept(sample(5, t0 + t, 0, volt, qch, qdis, temp));
            }
        }
        v1 *= StrictMath.exp(-duration / tau1);
        v2 *= StrictMath.exp(-duration / tau2);
    }

    // ---------------------------------------------------------------------------------------------------------
    // CC discharge

    private double dischargeVoltage(double t, double i, double x0, double v10, double v20) {
        return ocv(x0 - i * t / (3600.0 * qx)) - i * (r0 + r1 + r2) + (v10 + i * r1) * StrictMath.exp(-t / tau1)
                + (v20 + i * r2) * StrictMath.exp(-t / tau2);
    }

    /** @return the duration of the CC discharge to the lower cut-off (s) */
    private double ccDischarge(double i, double qch, double t0, double temp, Consumer<? super TimeSample> sink) {
        double x0 = x;
        double v10 = v1;
        double v20 = v2;
        double vmin = s.lowerCutoffVolt();
        // f increases with t and is zero at the cut-off
        DoubleUnaryOperator f = t -> -dischargeVoltage(t, i, x0, v10, v20);
        double step = 0.01 * 3600.0 * qx / i;
        double tMax = (x0 - (xMin - 0.5)) * 3600.0 * qx / i;
        double td;
        double fLo = f.applyAsDouble(0);
        if (fLo >= -vmin) {
            td = 0; // the cell is at the cut-off at once
        } else {
            double lo = 0;
            double hi = 0;
            double fHi = fLo;
            while (fHi < -vmin) {
                lo = hi;
                fLo = fHi;
                hi = Math.min(hi + step, tMax);
                fHi = f.applyAsDouble(hi);
                if (hi >= tMax && fHi < -vmin) {
                    throw new IllegalStateException("The simulated discharge of cell " + cellId + " cycle " + cycle
                            + " does not reach the lower cut-off; the settings are outside the model.");
                }
            }
            td = solve(f, -vmin, lo, fLo + vmin, hi, fHi + vmin);
        }
        if (sink != null && td > 0) {
            double period = s.samplePeriodSeconds();
            for (long m = 1; m * period < td - MIN_SAMPLE_GAP; m++) {
                double t = m * period;
                sink.accept(sample(4, t0 + t, -i, dischargeVoltage(t, i, x0, v10, v20), qch, i * t / 3600.0,
                        temp));
            }
            sink.accept(sample(4, t0 + td, -i, vmin, qch, i * td / 3600.0, temp));
        }
        x = x0 - i * td / (3600.0 * qx);
        v1 = -i * r1 + (v10 + i * r1) * StrictMath.exp(-td / tau1);
        v2 = -i * r2 + (v20 + i * r2) * StrictMath.exp(-td / tau2);
        return td;
    }

    // ---------------------------------------------------------------------------------------------------------

    private TimeSample sample(int step, double time, double current, double volt, double qch, double qdis,
            double temp) {
        return new TimeSample(cycle, step, time, current, volt, qch, qdis, temp);
    }

    /**
     * Root of the increasing function {@code g(t) - target} in [a, b] by the Illinois variant of regula falsi, to
     * about 1e-13 V or 1e-9 s.
     */
    static double solve(DoubleUnaryOperator g, double target, double a, double fa, double b, double fb) {
        if (fa >= 0) {
            return a;
        }
        if (fb <= 0) {
            return b;
        }
        int side = 0;
        double best = fb < -fa ? b : a;
        double bestF = Math.min(fb, -fa);
        for (int iter = 0; iter < 200; iter++) {
            double c = (a * fb - b * fa) / (fb - fa);
            if (!(c > a && c < b)) {
                c = 0.5 * (a + b);
            }
            double fc = g.applyAsDouble(c) - target;
            if (Math.abs(fc) < bestF) {
                best = c;
                bestF = Math.abs(fc);
            }
            if (fc == 0 || bestF < 1e-13) {
                return best;
            }
            if (fc < 0) {
                a = c;
                fa = fc;
                if (side == -1) {
                    fb *= 0.5;
                }
                side = -1;
            } else {
                b = c;
                fb = fc;
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            }
            if (b - a <= 1e-9) {
                return best;
            }
        }
        return best;
    }
}
