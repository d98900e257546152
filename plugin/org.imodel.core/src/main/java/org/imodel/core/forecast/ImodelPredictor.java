package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.StartRule;
import org.imodel.core.features.Window;
import org.imodel.core.features.WindowBuilder;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.model.ImodelPrediction;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.WindowTensors;

/** Forecasts with a trained model, and their errors. */
public final class ImodelPredictor {

    /** Windows per engine call. */
    static final int CHUNK = 256;

    private ImodelPredictor() {
    }

    /**
     * Windows of {@code rows} as the model's spec says (feature settings, window rule, horizon), scaled with the
     * model's scaler; only complete windows (all P future rows present, for the scenario) are predicted. Cells in
     * order of first appearance, start rows ascending. A window whose start row has a missing (NaN) feature gets NaN
     * predictions and gates, as in the reference.
     *
     * @param model the model
     * @param rows per-cycle rows (any order of cells; rows of a cell in file order)
     * @param progress progress; cancellation is checked between chunks of {@value #CHUNK} windows
     * @return one forecast per window
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException when the rows' currents are in another unit than the model was trained with,
     *         a curve has another number of points than the model takes, or a cell cannot be used (see
     *         {@link PredictionInput#requireUsable})
     */
    public static List<Forecast> predict(TrainedModel model, List<CycleRecord> rows, Progress progress)
            throws CancelledException {
        return predict(model, rows, EnsembleBand.DEFAULT_LEVEL, progress);
    }

    /**
     * As {@link #predict(TrainedModel, List, Progress)}; an ensemble's forecasts are its members' mean with a band of
     * the given central level (the members' quantiles, scaled about the mean by the model's spread scale), the gates
     * those of its first member.
     *
     * @param model the model
     * @param rows per-cycle rows
     * @param bandLevel central coverage of an ensemble's band, e.g. 0.9 for the 5-95 % quantiles
     * @param progress progress and cancellation
     * @return one forecast per window
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException as {@link #predict(TrainedModel, List, Progress)}, or for a level outside
     *         (0, 1)
     */
    public static List<Forecast> predict(TrainedModel model, List<CycleRecord> rows, double bandLevel,
            Progress progress) throws CancelledException {
        Objects.requireNonNull(model, "model");
        EnsembleBand.checkLevel(bandLevel);
        Progress p = progress == null ? Progress.NONE : progress;
        ModelSpec spec = model.spec();
        checkUnits(spec, rows);
        PredictionInput.requireUsable(spec, rows);
        ImodelConfig c = spec.config();
        int horizon = c.horizon();
        p.report(0, "Building windows");
        List<Window> windows = new WindowBuilder(horizon, spec.features(), StartRule.valueOf(spec.windowRule()))
                .build(rows).windows();
        StandardScaler scaler = StandardScaler.of(spec.scalerMean(), spec.scalerScale());
        WindowTensors t = WindowTensors.of(windows, scaler, c.curveLength(), c.features(), horizon);
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (t.predictable(i)) {
                usable.add(i);
            }
        }
        List<ImodelNetwork> networks = model.networks();
        float[][][] predictions = new float[networks.size()][t.size][];
        float[][] gates = new float[t.size][];
        for (int from = 0; from < usable.size(); from += CHUNK) {
            p.checkCancelled();
            p.report(from / (double) Math.max(1, usable.size()), "Predicting window " + (from + 1) + " of "
                    + usable.size());
            int to = Math.min(usable.size(), from + CHUNK);
            float[][] ci = new float[to - from][];
            float[][] f = new float[to - from][];
            float[][][] s = new float[to - from][][];
            for (int k = from; k < to; k++) {
                int i = usable.get(k);
                ci[k - from] = Arrays.copyOfRange(t.ci, i * t.curveLength, (i + 1) * t.curveLength);
                f[k - from] = Arrays.copyOfRange(t.features, i * t.featureCount, (i + 1) * t.featureCount);
                float[][] steps = new float[horizon][];
                for (int step = 0; step < horizon; step++) {
                    int o = (i * horizon + step) * 3;
                    steps[step] = Arrays.copyOfRange(t.scenario, o, o + 3);
                }
                s[k - from] = steps;
            }
            for (int m = 0; m < networks.size(); m++) {
                ImodelPrediction out = networks.get(m).predict(ci, f, s, ForecastMetrics.REFERENCE_BATCH);
                for (int k = from; k < to; k++) {
                    predictions[m][usable.get(k)] = out.predictions()[k - from];
                    if (m == 0) {
                        gates[usable.get(k)] = out.gates()[k - from];
                    }
                }
            }
        }
        double scale = spec.ensemble().spreadScale();
        List<Forecast> forecasts = new ArrayList<>(t.size);
        float[][] members = new float[networks.size()][];
        for (int i = 0; i < t.size; i++) {
            float[] g = gates[i] != null ? gates[i] : nan(c.experts());
            float[] targets = Arrays.copyOfRange(t.targets, i * horizon, (i + 1) * horizon);
            for (int m = 0; m < members.length; m++) {
                members[m] = predictions[m][i] != null ? predictions[m][i] : nan(horizon);
            }
            if (members.length == 1) {
                forecasts.add(new Forecast(t.cells[i], t.startRows[i], t.cycles[i], members[0], g, targets));
            } else {
                EnsembleBand band = EnsembleBand.of(members, bandLevel, scale);
                forecasts.add(new Forecast(t.cells[i], t.startRows[i], t.cycles[i], band.mean(), g, targets,
                        band.low(), band.high()));
            }
        }
        p.report(1, "Predicted " + forecasts.size() + " windows");
        return forecasts;
    }

    /**
     * Errors of forecasts against their targets, pooled over all windows and steps, plus the reference's batch
     * averages (batches of 32 in forecast order); NaN predictions or targets are left out.
     *
     * @param forecasts forecasts
     * @return the metrics
     */
    public static ForecastMetrics metrics(List<Forecast> forecasts) {
        float[][] p = new float[forecasts.size()][];
        float[][] t = new float[forecasts.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = forecasts.get(i).predictions();
            t[i] = forecasts.get(i).targets();
        }
        return ForecastMetrics.of(p, t);
    }

    /**
     * @param forecasts forecasts of an ensemble (with a band)
     * @return coverage of the true values by the band and its mean width
     * @throws IllegalArgumentException when the forecasts have no band (a single model)
     */
    public static BandMetrics bandMetrics(List<Forecast> forecasts) {
        float[][] low = new float[forecasts.size()][];
        float[][] high = new float[forecasts.size()][];
        float[][] t = new float[forecasts.size()][];
        for (int i = 0; i < low.length; i++) {
            Forecast f = forecasts.get(i);
            if (!f.hasBand()) {
                throw new IllegalArgumentException("The forecasts have no band: the model is a single network");
            }
            low[i] = f.bandLow();
            high[i] = f.bandHigh();
            t[i] = f.targets();
        }
        return BandMetrics.of(low, high, t);
    }

    private static void checkUnits(ModelSpec spec, List<CycleRecord> rows) {
        String unit = spec.scenarioUnits().get(0);
        Set<String> other = new LinkedHashSet<>();
        for (CycleRecord r : rows) {
            if (!unit.equals(r.currentUnit())) {
                other.add(r.cellId() + " (" + r.currentUnit() + ")");
                if (other.size() >= 5) {
                    break;
                }
            }
        }
        if (!other.isEmpty()) {
            throw new IllegalArgumentException("The model was trained with currents in " + unit + ", but cell(s) "
                    + String.join(", ", other) + " give them in another unit. Use data with currents in " + unit);
        }
    }

    private static float[] nan(int n) {
        float[] v = new float[n];
        Arrays.fill(v, Float.NaN);
        return v;
    }
}
