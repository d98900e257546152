package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.FeatureExtractor;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.OperatingCondition;
import org.imodel.core.sim.ScenarioBlock;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.training.TrainedModel;

/**
 * What-if forecasts checked against the simulator, which knows the truth under any use: a simulated cell is aged
 * up to "today" under its own condition, then simulated again under each scenario from the next cycle on; the
 * model forecasts the cell from today's cycle under each scenario, and every forecast is compared with the
 * simulator's future under every scenario. If the model has learnt how use drives ageing, the forecast made with
 * the true scenario is the closest to the truth.
 */
public final class WhatIf {

    /**
     * One held-out cell.
     *
     * @param cellId cell id
     * @param state the cell as measured today
     * @param lives per scenario, the cell's whole true life (one row per cycle): its own use (with the settings'
     *        scenario blocks up to today), then the scenario from the cycle after today on
     * @param forecasts per scenario, the forecast from today
     */
    public record CellResult(String cellId, CellState state, List<List<CycleRecord>> lives,
            List<Trajectory> forecasts) {

        /**
         * @param scenario index of the true scenario
         * @return the true capacities of the forecast's cycles under that scenario (NaN after the cell's end of test)
         */
        public float[] truthOverHorizon(int scenario) {
            Trajectory t = forecasts.get(0);
            float[] out = new float[t.steps()];
            for (int k = 0; k < out.length; k++) {
                out[k] = Float.NaN;
                for (CycleRecord r : lives.get(scenario)) {
                    if (r.cycle() == t.cycle(k)) {
                        out[k] = (float) r.dischargeCapacity();
                    }
                }
            }
            return out;
        }

        /**
         * @param scenario index of the true scenario
         * @param threshold SOH threshold
         * @return the first cycle after today whose true SOH is at or below the threshold, within the horizon
         */
        public OptionalInt trueCrossing(int scenario, double threshold) {
            float[] truth = truthOverHorizon(scenario);
            for (int k = 0; k < truth.length; k++) {
                if (truth[k] / state.nominalAh() <= threshold) {
                    return OptionalInt.of(forecasts.get(0).cycle(k));
                }
            }
            return OptionalInt.empty();
        }
    }

    private WhatIf() {
    }

    /**
     * @param model the model (trained on other cells of the same simulator)
     * @param settings simulation settings of the held-out cells
     * @param cellIndices the held-out cells (0-based indices in {@code settings})
     * @param today the cycle the forecasts start from
     * @param scenarios the future conditions, each from cycle {@code today + 1} on
     * @param progress progress and cancellation
     * @return one result per cell
     * @throws CancelledException when cancelled
     */
    public static List<CellResult> run(TrainedModel model, SimulationSettings settings, List<Integer> cellIndices,
            int today, List<OperatingCondition> scenarios, Progress progress) throws CancelledException {
        int horizon = model.spec().config().horizon();
        FeatureExtractor extractor = new FeatureExtractor(model.spec().features());
        double nominal = settings.nominalCapacityAh();
        List<CellResult> out = new ArrayList<>();
        for (int cell : cellIndices) {
            List<List<CycleRecord>> lives = new ArrayList<>();
            for (OperatingCondition s : scenarios) {
                List<ScenarioBlock> blocks = new ArrayList<>();
                for (ScenarioBlock before : settings.scenario()) {
                    if (before.fromCycle() <= today) {
                        blocks.add(before);
                    }
                }
                blocks.add(ScenarioBlock.of(today + 1, s));
                lives.add(new CellSimulator(settings.toBuilder().scenario(blocks).build()).simulateCell(cell));
            }
            List<CycleRecord> life = lives.get(0);
            CycleRecord at = life.stream().filter(r -> r.cycle() == today).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("Cell " + CellSimulator.cellId(cell) + " ends before cycle "
                            + today + "; choose an earlier day"));
            CellState state = CellStates.state(extractor, model.spec(), at, life.get(0).dischargeCapacity());
            OperatingCondition before = settings.conditionAt(cell, today);
            List<ForecastJob> jobs = new ArrayList<>();
            for (OperatingCondition s : scenarios) {
                jobs.add(new ForecastJob(state, scenario(name(s), before, s, horizon, nominal)));
            }
            out.add(new CellResult(state.cellId(), state, lives, new Forecaster(model, 1, 32).forecast(jobs,
                    progress)));
        }
        return out;
    }

    /**
     * @param c a condition
     * @return its name, e.g. {@code 0.5C/1C/25degC}
     */
    public static String name(OperatingCondition c) {
        return ScenarioGrid.name(ScenarioUnit.C_RATE, c.chargeCRate(), c.dischargeCRate(),
                c.temperatureCelsius());
    }

    /** Today's own cycle under the condition in force, then the scenario's condition: in amperes. */
    private static Scenario scenario(String name, OperatingCondition today, OperatingCondition future, int horizon,
            double nominal) {
        double[] c = new double[horizon];
        double[] d = new double[horizon];
        double[] t = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            OperatingCondition o = k == 0 ? today : future;
            c[k] = o.chargeCRate() * nominal;
            d[k] = o.dischargeCRate() * nominal;
            t[k] = o.temperatureCelsius();
        }
        return Scenario.explicit(name, ScenarioUnit.AMPERE, c, d, t);
    }

    /**
     * Mean absolute percentage error of the forecasts made under each assumed scenario against the truth under each
     * true scenario, over the steps after today and over the cells.
     *
     * @param results the cells
     * @return {@code [true scenario][assumed scenario]} MAPE in %
     */
    public static double[][] errorMatrix(List<CellResult> results) {
        int n = results.get(0).forecasts().size();
        double[][] sum = new double[n][n];
        int[][] count = new int[n][n];
        for (CellResult r : results) {
            for (int truth = 0; truth < n; truth++) {
                float[] y = r.truthOverHorizon(truth);
                for (int assumed = 0; assumed < n; assumed++) {
                    float[] p = r.forecasts().get(assumed).capacityAh();
                    for (int k = 1; k < y.length; k++) {
                        if (Float.isFinite(y[k])) {
                            sum[truth][assumed] += Math.abs(p[k] - y[k]) / y[k];
                            count[truth][assumed]++;
                        }
                    }
                }
            }
        }
        double[][] mape = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mape[i][j] = 100 * sum[i][j] / Math.max(1, count[i][j]);
            }
        }
        return mape;
    }
}
