package org.imodel.knime.node.trajectory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.Applicability;
import org.imodel.core.forecast.CellState;
import org.imodel.core.forecast.CellStates;
import org.imodel.core.forecast.ForecastJob;
import org.imodel.core.forecast.ForecastStream;
import org.imodel.core.forecast.Forecaster;
import org.imodel.core.forecast.Rollout;
import org.imodel.core.forecast.Trajectory;
import org.imodel.core.forecast.TrajectoryTable;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.CycleRows;
import org.imodel.knime.common.CycleTables;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;

/**
 * One run of the Trajectory Predictor over a stream of per-cycle rows: the rows of a cell (consecutive) give its
 * state, each state is forecast under every scenario through a {@link ForecastStream} (the chunks of one engine
 * call over all cells, so streaming and whole-table execution give identical numbers) up to the model's horizon, or
 * by {@link Rollout} over blocks of whole cells beyond it, and the trajectories go to
 * the per-cycle and summary outputs as soon as their chunk is done. Row keys derive from cell, scenario and step
 * (or threshold), so partitions of a distributed execution never clash.
 */
final class TrajectoryRun {

    private static final int CHUNKS_PER_THREAD = 4;

    private final TrainedModel model;
    private final List<Scenario> scenarios;
    private final TrajectoryPredictorSettings settings;
    private final List<Double> thresholds;
    private final int horizon;
    private int outside;
    private int unknown;
    private int forecasts;
    private int cells;

    TrajectoryRun(TrainedModel model, List<Scenario> scenarios, TrajectoryPredictorSettings settings)
            throws InvalidSettingsException {
        this.model = model;
        this.scenarios = scenarios;
        this.settings = settings;
        this.thresholds = settings.sohThresholds();
        this.horizon = settings.cycles(model.spec().config().horizon(), model.spec().rollout() != null);
    }

    /**
     * Reads all rows, forecasts, writes both outputs and closes input and outputs.
     *
     * @return the warning to show, or null
     */
    String run(RowInput in, RowOutput perCycle, RowOutput summary, ExecutionContext exec) throws Exception {
        CycleRows reader = CycleTables.check(in.getDataTableSpec());
        long total = in instanceof DataTableRowInput ? ((DataTableRowInput) in).getRowCount() : -1;
        int threads = settings.threads.getIntValue();
        double band = settings.bandLevel();
        Stream stream = horizon > model.spec().config().horizon() ? new Rolled(model, threads, horizon, band)
                : new Direct(model, threads, horizon, band);
        Progress cancel = new KnimeProgress(exec.createSilentSubProgress(0));
        Set<String> done = new HashSet<>();
        List<CycleRecord> cell = new ArrayList<>();
        long read = 0;
        try {
            DataRow row;
            while ((row = in.poll()) != null) {
                CycleRecord r = reader.record(row);
                if (!cell.isEmpty() && !cell.get(0).cellId().equals(r.cellId())) {
                    emit(stream.add(jobs(cell, done), cancel), perCycle, summary);
                    cell.clear();
                }
                if (cell.isEmpty() && done.contains(r.cellId())) {
                    throw new InvalidSettingsException("Cell table, row " + row.getKey() + ": the rows of cell "
                            + r.cellId() + " are not together (other cells' rows come between them). Sort the table"
                            + " by cell_id and cycle_count first (Sorter node).");
                }
                cell.add(r);
                if ((++read & 255) == 0) {
                    exec.checkCanceled();
                    progress(exec, read, total);
                }
            }
            if (!cell.isEmpty()) {
                emit(stream.add(jobs(cell, done), cancel), perCycle, summary);
            }
            emit(stream.finish(cancel), perCycle, summary);
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        in.close();
        perCycle.close();
        summary.close();
        exec.setProgress(1, "Forecast " + forecasts + " trajectories of " + cells + " cells");
        return warning();
    }

    /** Forecasts of whole cells, handed out as they are done. */
    private interface Stream {
        List<Trajectory> add(List<ForecastJob> jobs, Progress progress) throws CancelledException;

        List<Trajectory> finish(Progress progress) throws CancelledException;
    }

    /**
     * Up to the model's horizon: a {@link ForecastStream} (the chunks of one engine call over all cells), each
     * trajectory cut to the horizon asked for.
     */
    private static final class Direct implements Stream {
        private final ForecastStream stream;
        private final int horizon;

        Direct(TrainedModel model, int threads, int horizon, double band) {
            this.stream = new ForecastStream(new Forecaster(model, threads, Forecaster.DEFAULT_BATCH, band),
                    CHUNKS_PER_THREAD * threads);
            this.horizon = horizon;
        }

        @Override
        public List<Trajectory> add(List<ForecastJob> jobs, Progress progress) throws CancelledException {
            return cut(stream.add(jobs, progress));
        }

        @Override
        public List<Trajectory> finish(Progress progress) throws CancelledException {
            return cut(stream.finish(progress));
        }

        private List<Trajectory> cut(List<Trajectory> done) {
            List<Trajectory> out = new ArrayList<>(done.size());
            for (Trajectory t : done) {
                out.add(t.firstSteps(horizon));
            }
            return out;
        }
    }

    /** Beyond the model's horizon: {@link Rollout} over blocks of whole cells. */
    private static final class Rolled implements Stream {
        private final Rollout rollout;
        private final int horizon;
        private final int block;
        private final List<ForecastJob> pending = new ArrayList<>();

        Rolled(TrainedModel model, int threads, int horizon, double band) {
            this.rollout = new Rollout(model, threads, Forecaster.DEFAULT_BATCH, band);
            this.horizon = horizon;
            this.block = CHUNKS_PER_THREAD * threads * Forecaster.CHUNK;
        }

        @Override
        public List<Trajectory> add(List<ForecastJob> jobs, Progress progress) throws CancelledException {
            pending.addAll(jobs);
            return pending.size() >= block ? finish(progress) : List.of();
        }

        @Override
        public List<Trajectory> finish(Progress progress) throws CancelledException {
            if (pending.isEmpty()) {
                return List.of();
            }
            List<Trajectory> done = rollout.forecast(List.copyOf(pending), horizon, progress);
            pending.clear();
            return done;
        }
    }

    /** Progress over the rows when their number is known (a whole table), otherwise only the message. */
    private void progress(ExecutionContext exec, long read, long total) {
        String message = "Read " + read + " rows, forecast " + forecasts + " trajectories of " + cells + " cells";
        if (total > 0) {
            exec.setProgress(read / (double) total, message);
        } else {
            exec.setMessage(message);
        }
    }

    private List<ForecastJob> jobs(List<CycleRecord> cell, Set<String> done) {
        CellState state = CellStates.of(cell, model.spec(), settings.startCycle(), settings.nominal()).get(0);
        done.add(state.cellId());
        cells++;
        return ForecastJob.grid(List.of(state), scenarios);
    }

    private void emit(List<Trajectory> trajectories, RowOutput perCycle, RowOutput summary)
            throws InterruptedException {
        List<ColumnDef> columns = TrajectoryTable.columns(model.members() > 1);
        for (Trajectory t : trajectories) {
            String key = t.cellId() + " | " + t.scenario() + " | ";
            List<Object[]> rows = TrajectoryTable.rows(t);
            for (int k = 0; k < rows.size(); k++) {
                perCycle.push(TableSpecs.toRow(new RowKey(key + "step " + k), columns, rows.get(k)));
            }
            for (double threshold : thresholds) {
                summary.push(TableSpecs.toRow(new RowKey(key + "SOH " + threshold), TrajectoryTable.SUMMARY_COLUMNS,
                        TrajectoryTable.summary(t, threshold)));
            }
            forecasts++;
            outside += t.applicability().status() == Applicability.Status.OUTSIDE ? 1 : 0;
            unknown += t.applicability().status() == Applicability.Status.UNKNOWN ? 1 : 0;
        }
    }

    private String warning() {
        List<String> parts = new ArrayList<>();
        if (cells == 0) {
            parts.add("The cell table has no rows: no forecasts.");
        }
        if (outside > 0) {
            parts.add(outside + " of " + forecasts + " forecasts have inputs outside the training data's range"
                    + " (applicability OUTSIDE, reasons in the summary): trust them less.");
        }
        if (unknown > 0) {
            parts.add("The model predates the training envelope, so applicability is UNKNOWN; train it again to get"
                    + " the check.");
        }
        int longest = scenarios.stream().mapToInt(Scenario::cycles).max().orElse(0);
        if (longest > horizon) {
            parts.add("Scenarios cover up to " + longest + " cycles but the "
                    + (horizon == model.spec().config().horizon() ? "model" : "node") + " forecasts " + horizon
                    + ": the forecasts cover each scenario's first " + horizon + " cycles.");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
