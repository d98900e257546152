package org.imodel.core.interpret;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * The interpretation as tables (column definitions for a node's output spec, rows as {@code Object[]}): windows,
 * experts, geometry by dominant expert, association tests and dominant-expert changes.
 */
public final class InterpretTables {

    /** Columns of the expert table. */
    public static final List<ColumnDef> EXPERT_COLUMNS = List.of(
            new ColumnDef("expert", ColumnType.INT, "Expert index (0-based)."),
            new ColumnDef("windows", ColumnType.INT, "Windows the expert dominates (largest gate weight)."),
            new ColumnDef("share", ColumnType.DOUBLE, "Share of the windows with gates it dominates."),
            new ColumnDef("mean_gate", ColumnType.DOUBLE, "Its mean gate weight over all windows with gates."),
            new ColumnDef("capacity_min_ah", ColumnType.DOUBLE, "Smallest start capacity of its windows (Ah)."),
            new ColumnDef("capacity_max_ah", ColumnType.DOUBLE, "Largest start capacity of its windows (Ah)."),
            new ColumnDef("life_min", ColumnType.DOUBLE, "Earliest life position of its windows (0..1)."),
            new ColumnDef("life_max", ColumnType.DOUBLE, "Latest life position of its windows (0..1)."),
            new ColumnDef("prototype", ColumnType.DOUBLE_LIST, "Its output (the trend it feeds to the BiLSTM, P"
                    + " values) on the mean capacity-increment curve of its windows; empty when it dominates none."));

    /** Columns of the geometry table (one row per dominant expert, then one for all windows). */
    public static final List<ColumnDef> GEOMETRY_COLUMNS = geometryColumns();

    /** Columns of the association table. */
    public static final List<ColumnDef> ASSOCIATION_COLUMNS = List.of(
            new ColumnDef("variable", ColumnType.STRING, "The per-window quantity tested."),
            new ColumnDef("windows", ColumnType.INT, "Windows used (with gates and a finite value)."),
            new ColumnDef("groups", ColumnType.INT, "Experts dominating at least one of them."),
            new ColumnDef("eta_squared", ColumnType.DOUBLE, "Share of the quantity's variance explained by the"
                    + " dominant expert (0..1)."),
            new ColumnDef("f_statistic", ColumnType.DOUBLE, "One-way ANOVA F."),
            new ColumnDef("p_parametric", ColumnType.DOUBLE, "F-test p-value (assumes independent windows)."),
            new ColumnDef("p_shuffle", ColumnType.DOUBLE, "Permutation p-value, labels shuffled over all windows"
                    + " (assumes independent windows)."),
            new ColumnDef("p_cyclic", ColumnType.DOUBLE, "Permutation p-value, each cell's label sequence rotated"
                    + " by a random offset (keeps the runs of one expert along a life)."),
            new ColumnDef("permutations", ColumnType.INT, "Permutations per p-value."),
            new ColumnDef("seed", ColumnType.STRING, "Seed of the permutations."));

    /** Columns of the dominant-expert changes. */
    public static final List<ColumnDef> CHANGE_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id."),
            new ColumnDef("start_cycle", ColumnType.INT, "Start cycle of the first window of the new expert."),
            new ColumnDef("life_position", ColumnType.DOUBLE, "Its life position (0..1)."),
            new ColumnDef("from_expert", ColumnType.INT, "Expert dominant before."),
            new ColumnDef("to_expert", ColumnType.INT, "Expert dominant from here."),
            new ColumnDef("run_windows", ColumnType.INT, "Consecutive windows the new expert stays dominant."));

    private InterpretTables() {
    }

    /**
     * @param experts E
     * @return columns of the window table: cell_id, start_cycle, gate_0..gate_{E-1}, dominant_expert, entropy,
     *         life_position, then capacity, geometry and map position
     */
    public static List<ColumnDef> windowColumns(int experts) {
        List<ColumnDef> c = new ArrayList<>();
        c.add(new ColumnDef("cell_id", ColumnType.STRING, "Cell id."));
        c.add(new ColumnDef("start_cycle", ColumnType.INT, "Cycle of the window's start row."));
        for (int e = 0; e < experts; e++) {
            c.add(new ColumnDef("gate_" + e, ColumnType.DOUBLE, "Weight of expert " + e + "."));
        }
        c.add(new ColumnDef("dominant_expert", ColumnType.INT, "Expert of the largest weight (-1: missing gates)."));
        c.add(new ColumnDef("entropy", ColumnType.DOUBLE, "Gate entropy in nats (0: one expert, ln E: all equal)."));
        c.add(new ColumnDef("life_position", ColumnType.DOUBLE, "Position among the cell's windows, 0..1."));
        c.add(new ColumnDef("start_capacity_ah", ColumnType.DOUBLE, "Capacity of the start row (Ah)."));
        c.add(new ColumnDef("true_slope", ColumnType.DOUBLE, "Slope of the true capacity segment (mAh/cycle)."));
        c.add(new ColumnDef("true_curvature", ColumnType.DOUBLE, "Curvature of the true segment (mAh/cycle²)."));
        c.add(new ColumnDef("predicted_slope", ColumnType.DOUBLE, "Slope of the predicted segment (mAh/cycle)."));
        c.add(new ColumnDef("predicted_curvature", ColumnType.DOUBLE, "Curvature of the predicted segment"
                + " (mAh/cycle²)."));
        c.add(new ColumnDef("map_x", ColumnType.DOUBLE, "First coordinate in the joint gate map."));
        c.add(new ColumnDef("map_y", ColumnType.DOUBLE, "Second coordinate in the joint gate map."));
        return c;
    }

    /**
     * @param in an interpretation
     * @return one row per window in {@link #windowColumns(int)} order
     */
    public static List<Object[]> windowRows(Interpretation in) {
        List<Object[]> rows = new ArrayList<>(in.windows().size());
        for (WindowGates w : in.windows()) {
            List<Object> r = new ArrayList<>();
            r.add(w.cellId());
            r.add(w.startCycle());
            for (float g : w.gates()) {
                r.add((double) g);
            }
            r.add(w.dominant());
            r.add(w.entropy());
            r.add(w.lifePosition());
            r.add(w.startCapacityAh());
            r.add(w.truth().slope());
            r.add(w.truth().curvature());
            r.add(w.predicted().slope());
            r.add(w.predicted().curvature());
            r.add(w.map()[0]);
            r.add(w.map()[1]);
            rows.add(r.toArray());
        }
        return rows;
    }

    /**
     * @param in an interpretation
     * @return one row per expert in {@link #EXPERT_COLUMNS} order
     */
    public static List<Object[]> expertRows(Interpretation in) {
        List<Object[]> rows = new ArrayList<>();
        for (ExpertProfile p : in.profiles()) {
            double[] prototype = new double[p.prototype().length];
            for (int k = 0; k < prototype.length; k++) {
                prototype[k] = p.prototype()[k];
            }
            rows.add(new Object[] {p.expert(), p.windows(), p.share(), p.meanGate(), p.capacityMinAh(),
                p.capacityMaxAh(), p.lifeMin(), p.lifeMax(), prototype});
        }
        return rows;
    }

    /**
     * @param in an interpretation
     * @return per dominant expert (then "all"), the windows and the mean and standard deviation of each shape
     *         quantity, in {@link #GEOMETRY_COLUMNS} order
     */
    public static List<Object[]> geometryRows(Interpretation in) {
        List<Object[]> rows = new ArrayList<>();
        for (int e = 0; e <= in.experts(); e++) {
            SummaryStatistics[] s = new SummaryStatistics[4];
            for (int k = 0; k < s.length; k++) {
                s[k] = new SummaryStatistics();
            }
            int count = 0;
            for (WindowGates w : in.windows()) {
                if (w.hasGates() && (e == in.experts() || w.dominant() == e)) {
                    count++;
                    add(s[0], w.truth().slope());
                    add(s[1], w.truth().curvature());
                    add(s[2], w.predicted().slope());
                    add(s[3], w.predicted().curvature());
                }
            }
            List<Object> r = new ArrayList<>();
            r.add(e == in.experts() ? "all" : String.valueOf(e));
            r.add(count);
            for (SummaryStatistics x : s) {
                r.add(x.getN() > 0 ? x.getMean() : Double.NaN);
                r.add(x.getN() > 1 ? x.getStandardDeviation() : Double.NaN);
            }
            rows.add(r.toArray());
        }
        return rows;
    }

    /**
     * @param in an interpretation
     * @return one row per tested quantity in {@link #ASSOCIATION_COLUMNS} order
     */
    public static List<Object[]> associationRows(Interpretation in) {
        List<Object[]> rows = new ArrayList<>();
        for (Association a : in.associations()) {
            rows.add(new Object[] {a.variable(), a.windows(), a.groups(), a.etaSquared(), a.fStatistic(),
                a.parametricP(), a.shuffleP(), a.cyclicP(), a.permutations(), String.valueOf(a.seed())});
        }
        return rows;
    }

    /**
     * @param in an interpretation
     * @return one row per change of the dominant expert in {@link #CHANGE_COLUMNS} order
     */
    public static List<Object[]> changeRows(Interpretation in) {
        List<Object[]> rows = new ArrayList<>();
        for (DominantChange c : in.changes()) {
            rows.add(new Object[] {c.cellId(), c.startCycle(), c.lifePosition(), c.fromExpert(), c.toExpert(),
                c.runWindows()});
        }
        return rows;
    }

    private static void add(SummaryStatistics s, double v) {
        if (Double.isFinite(v)) {
            s.addValue(v);
        }
    }

    private static List<ColumnDef> geometryColumns() {
        List<ColumnDef> c = new ArrayList<>();
        c.add(new ColumnDef("dominant_expert", ColumnType.STRING, "Expert index, or 'all' for all windows."));
        c.add(new ColumnDef("windows", ColumnType.INT, "Windows it dominates."));
        for (String v : ExpertInterpreter.SHAPES) {
            String unit = v.endsWith("slope") ? "mAh/cycle" : "mAh/cycle²";
            c.add(new ColumnDef(v + "_mean", ColumnType.DOUBLE, "Mean " + v.replace('_', ' ') + " (" + unit + ")."));
            c.add(new ColumnDef(v + "_sd", ColumnType.DOUBLE, "Its standard deviation (" + unit + ")."));
        }
        return List.copyOf(c);
    }
}
