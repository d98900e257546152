package org.imodel.core.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.StartRule;
import org.imodel.core.features.Window;
import org.imodel.core.features.WindowBuilder;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.TrainedModel;

/**
 * Interprets a model's gate on cells (imodel-method.md &sect;8, made quantitative): per window the gate weights,
 * dominant expert, entropy, life position and the shape (slope, curvature) of the true and predicted capacity
 * segments; per cell where the dominant expert changes; per expert the windows it dominates and its prototype
 * trend; a joint gate map fitted once over all cells; and per shape quantity a permutation test of its association
 * with the dominant expert.
 */
public final class ExpertInterpreter {

    /** The four shape quantities of a window, in table order. */
    public static final List<String> SHAPES = List.of("true_slope", "true_curvature", "predicted_slope",
            "predicted_curvature");

    /** Suffix of a shape quantity with each cell's quadratic trend over life removed. */
    public static final String BEYOND_LIFE = "_beyond_life";

    /**
     * Quantities tested for association with the dominant expert, in table order: the shapes, the life position,
     * then the shapes with each cell's trend over life removed (what the gate tells beyond the cell's age).
     */
    public static final List<String> TESTED = tested();

    private ExpertInterpreter() {
    }

    /**
     * @param model the model
     * @param rows per-cycle rows of the cells (rows of a cell in file order)
     * @param settings permutations and seed
     * @param progress progress and cancellation (null: none)
     * @return the interpretation
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException when the model cannot use the rows (see {@link ImodelPredictor#predict}) or no
     *         window has gates
     */
    public static Interpretation interpret(TrainedModel model, List<CycleRecord> rows, InterpretSettings settings,
            Progress progress) throws CancelledException {
        Objects.requireNonNull(settings, "settings");
        Progress p = progress == null ? Progress.NONE : progress;
        ModelSpec spec = model.spec();
        int experts = spec.config().experts();
        int horizon = spec.config().horizon();
        List<Forecast> forecasts = ImodelPredictor.predict(model, rows, p.part(0, 0.5));
        List<Window> windows = new WindowBuilder(horizon, spec.features(), StartRule.valueOf(spec.windowRule()))
                .build(rows).windows();
        List<float[]> valid = new ArrayList<>();
        for (Forecast f : forecasts) {
            if (WindowGates.dominant(f.gates()) >= 0) {
                valid.add(f.gates());
            }
        }
        if (valid.size() < 2) {
            throw new IllegalArgumentException("Only " + valid.size() + " window(s) of the cells have all features,"
                    + " so the gate cannot be interpreted. Give cells with more complete windows (curve and"
                    + " relaxation trace on their rows).");
        }
        p.checkCancelled();
        p.report(0.5, "Fitting the gate map and the window shapes");
        GateMap map = GateMap.fit(valid);
        List<WindowGates> result = windows(forecasts, map, horizon);
        List<ExpertProfile> profiles = profiles(model, result, windows, experts);
        p.checkCancelled();
        p.report(0.7, "Permutation tests (" + settings.permutations() + " permutations)");
        List<Association> associations = associations(result, experts, settings);
        List<String> cells = result.stream().map(WindowGates::cellId).distinct().toList();
        p.report(1, "Interpreted " + result.size() + " windows of " + cells.size() + " cell(s)");
        return new Interpretation(experts, horizon, cells, result, profiles, changes(result), map, associations);
    }

    private static List<WindowGates> windows(List<Forecast> forecasts, GateMap map, int horizon) {
        QuadraticFit fit = new QuadraticFit(horizon);
        Map<String, Integer> perCell = new LinkedHashMap<>();
        forecasts.forEach(f -> perCell.merge(f.cellId(), 1, Integer::sum));
        List<WindowGates> out = new ArrayList<>(forecasts.size());
        String cell = null;
        int index = 0;
        for (Forecast f : forecasts) {
            index = f.cellId().equals(cell) ? index + 1 : 0;
            cell = f.cellId();
            int n = perCell.get(cell);
            double life = n == 1 ? 0 : index / (double) (n - 1);
            int dominant = WindowGates.dominant(f.gates());
            double[] xy = dominant >= 0 ? map.project(f.gates()) : new double[] {Double.NaN, Double.NaN};
            out.add(new WindowGates(cell, f.startRow(), f.cycle(), f.targets()[0], life, f.gates(), dominant,
                    WindowGates.entropy(f.gates()), fit.fit(f.targets()), fit.fit(f.predictions()), xy));
        }
        return out;
    }

    private static List<ExpertProfile> profiles(TrainedModel model, List<WindowGates> gates, List<Window> windows,
            int experts) {
        if (windows.size() != gates.size()) {
            throw new IllegalStateException("windows and forecasts differ: " + windows.size() + " vs " + gates.size());
        }
        int length = model.spec().config().curveLength();
        double[][] meanCurve = new double[experts][length];
        int[] count = new int[experts];
        double[] gateSum = new double[experts];
        int withGates = 0;
        for (int i = 0; i < gates.size(); i++) {
            WindowGates w = gates.get(i);
            if (!w.hasGates()) {
                continue;
            }
            withGates++;
            for (int e = 0; e < experts; e++) {
                gateSum[e] += w.gates()[e];
            }
            count[w.dominant()]++;
            double[] ci = windows.get(i).ci();
            for (int k = 0; k < length; k++) {
                meanCurve[w.dominant()][k] += ci[k];
            }
        }
        List<Integer> used = new ArrayList<>();
        List<float[]> curves = new ArrayList<>();
        for (int e = 0; e < experts; e++) {
            if (count[e] > 0) {
                float[] c = new float[length];
                for (int k = 0; k < length; k++) {
                    c[k] = (float) (meanCurve[e][k] / count[e]);
                }
                used.add(e);
                curves.add(c);
            }
        }
        float[][][] outputs = model.network().expertOutputs(curves.toArray(new float[0][]));
        List<ExpertProfile> profiles = new ArrayList<>(experts);
        for (int e = 0; e < experts; e++) {
            double capLo = Double.NaN;
            double capHi = Double.NaN;
            double lifeLo = Double.NaN;
            double lifeHi = Double.NaN;
            for (WindowGates w : gates) {
                if (w.dominant() == e) {
                    capLo = Double.isNaN(capLo) ? w.startCapacityAh() : Math.min(capLo, w.startCapacityAh());
                    capHi = Double.isNaN(capHi) ? w.startCapacityAh() : Math.max(capHi, w.startCapacityAh());
                    lifeLo = Double.isNaN(lifeLo) ? w.lifePosition() : Math.min(lifeLo, w.lifePosition());
                    lifeHi = Double.isNaN(lifeHi) ? w.lifePosition() : Math.max(lifeHi, w.lifePosition());
                }
            }
            int slot = used.indexOf(e);
            float[] prototype = slot >= 0 ? outputs[slot][e] : new float[0];
            profiles.add(new ExpertProfile(e, count[e], count[e] / (double) withGates, capLo, capHi, lifeLo, lifeHi,
                    gateSum[e] / withGates, prototype));
        }
        return profiles;
    }

    private static List<DominantChange> changes(List<WindowGates> windows) {
        List<DominantChange> out = new ArrayList<>();
        WindowGates previous = null;
        for (int i = 0; i < windows.size(); i++) {
            WindowGates w = windows.get(i);
            if (!w.hasGates()) {
                continue;
            }
            if (previous != null && previous.cellId().equals(w.cellId()) && previous.dominant() != w.dominant()) {
                int run = 0;
                for (int j = i; j < windows.size() && windows.get(j).cellId().equals(w.cellId())
                        && windows.get(j).dominant() == w.dominant(); j++) {
                    run++;
                }
                out.add(new DominantChange(w.cellId(), w.startCycle(), w.lifePosition(), previous.dominant(),
                        w.dominant(), run));
            }
            previous = w;
        }
        return out;
    }

    private static List<Association> associations(List<WindowGates> windows, int experts, InterpretSettings s) {
        int n = windows.size();
        int[] labels = new int[n];
        String[] cells = new String[n];
        double[] life = new double[n];
        double[][] shapes = new double[SHAPES.size()][n];
        for (int i = 0; i < n; i++) {
            WindowGates w = windows.get(i);
            labels[i] = w.dominant();
            cells[i] = w.cellId();
            life[i] = w.lifePosition();
            shapes[0][i] = w.truth().slope();
            shapes[1][i] = w.truth().curvature();
            shapes[2][i] = w.predicted().slope();
            shapes[3][i] = w.predicted().curvature();
        }
        List<double[]> values = new ArrayList<>(List.of(shapes));
        values.add(life);
        for (double[] shape : shapes) {
            values.add(LifeTrend.residuals(shape, life, cells));
        }
        List<Association> out = new ArrayList<>();
        for (int v = 0; v < TESTED.size(); v++) {
            out.add(AssociationTest.test(TESTED.get(v), values.get(v), labels, cells, experts, s.permutations(),
                    s.seed()));
        }
        return out;
    }

    private static List<String> tested() {
        List<String> t = new ArrayList<>(SHAPES);
        t.add("life_position");
        SHAPES.forEach(shape -> t.add(shape + BEYOND_LIFE));
        return List.copyOf(t);
    }
}
