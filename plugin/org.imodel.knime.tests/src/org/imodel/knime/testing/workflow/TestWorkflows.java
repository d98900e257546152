package org.imodel.knime.testing.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationCsv;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.io.TableSink;
import org.imodel.core.timeseries.TimeSample;
import org.imodel.knime.node.baseline.BaselinePredictorNodeFactory;
import org.imodel.knime.node.cycler.CyclerConversionNodeFactory;
import org.imodel.knime.node.features.FeatureExtractorNodeFactory;
import org.imodel.knime.node.interpret.ExpertInterpreterNodeFactory;
import org.imodel.knime.node.learner.LearnerNodeFactory;
import org.imodel.knime.node.predictor.PredictorNodeFactory;
import org.imodel.knime.node.reader.DatasetReaderNodeFactory;
import org.imodel.knime.node.scenario.ScenarioBuilderNodeFactory;
import org.imodel.knime.node.scorer.TrajectoryScorerNodeFactory;
import org.imodel.knime.node.simulator.SimulatorNodeFactory;
import org.imodel.knime.node.summary.CapacitySummaryNodeFactory;
import org.imodel.knime.node.trajectory.TrajectoryPredictorNodeFactory;
import org.knime.core.node.NodeSettings;

/**
 * The workflows of test-workflows/: one testflow per node and the two examples. Settings are given by their keys
 * (a public contract of each node); everything else keeps the node's default. The documented results here are the
 * ones README.md names.
 */
public final class TestWorkflows {

    /** A path relative to the workflow folder, as KNIME's URL handler resolves it. */
    public static final String WORKFLOW_RELATIVE = "knime://knime.workflow/";

    /**
     * Bound on the simulated example's pooled test MAPE (%), documented in README.md: the same 40-epoch training
     * gives 0.90-3.46 % over seeds 2025 and 1-5 (imodel train and evaluate), 3.3-3.5 % for the default seed 2025.
     */
    public static final double SIMULATED_EXAMPLE_MAX_MAPE = 4.0;
    /** Name of the example comparing forecasts with the Trajectory Scorer. */
    static final String COMPARISON_EXAMPLE = "iMODEL vs baselines";
    /** Documented bound of the polynomial baseline's pooled MAPE (%) in that example (it has no training). */
    public static final double COMPARISON_POLYNOMIAL_MAX_MAPE = 0.6;
    /** Epochs of the MLP baseline in that example. */
    static final int MLP_EPOCHS = 200;
    /** Documented bound of the MLP baseline's pooled MAPE (%) in that example. */
    public static final double COMPARISON_MLP_MAX_MAPE = 2.5;
    /** Bound on the published example's pooled test MAPE (%) on CY25-1_1 #7-#9 (the build's accuracy guard). */
    public static final double PUBLISHED_EXAMPLE_MAX_MAPE = 1.15;
    /** Bound on the Predictor testflow's pooled MAPE (%) of its held-out simulated cell. */
    public static final double PREDICTOR_TESTFLOW_MAX_MAPE = 20.0;
    /** Name of the interpretation example (no '?': it is a folder and file name on every system). */
    public static final String INTERPRETATION_EXAMPLE = "Why does my cell age like this";
    /** Test cells of UL-NCA CY25-1_1 as coded in the reference loader. */
    public static final Set<String> UL_TEST_CELLS = Set.of("CY25-1_1-#7", "CY25-1_1-#8", "CY25-1_1-#9");

    private static final SimulatorNodeFactory SIMULATOR = new SimulatorNodeFactory();
    private static final DatasetReaderNodeFactory READER = new DatasetReaderNodeFactory();
    private static final CyclerConversionNodeFactory CYCLER = new CyclerConversionNodeFactory();
    private static final FeatureExtractorNodeFactory FEATURES = new FeatureExtractorNodeFactory();
    private static final CapacitySummaryNodeFactory SUMMARY = new CapacitySummaryNodeFactory();
    private static final LearnerNodeFactory LEARNER = new LearnerNodeFactory();
    private static final PredictorNodeFactory PREDICTOR = new PredictorNodeFactory();
    private static final ScenarioBuilderNodeFactory SCENARIOS = new ScenarioBuilderNodeFactory();
    private static final TrajectoryPredictorNodeFactory TRAJECTORIES = new TrajectoryPredictorNodeFactory();
    private static final ExpertInterpreterNodeFactory INTERPRETER = new ExpertInterpreterNodeFactory();
    private static final TrajectoryScorerNodeFactory SCORER = new TrajectoryScorerNodeFactory();
    private static final BaselinePredictorNodeFactory BASELINE = new BaselinePredictorNodeFactory();

    private static final Consumer<NodeSettings> DEFAULTS = s -> { };
    /** The Capacity Fade Summary's columns, chosen in the canonical per-cycle table. */
    private static final Consumer<NodeSettings> CYCLE_COLUMNS = s -> {
        s.addString("cell_column", "cell_id");
        s.addString("cycle_column", "cycle_count");
        s.addString("capacity_column", "discharge_capacity_ah");
    };
    private static final SimulationSettings READER_DATA = SimulationSettings.defaults().toBuilder().cells(2)
            .cyclesPerCell(30).seed(3).build();
    private static final SimulationSettings CYCLER_DATA = SimulationSettings.defaults().toBuilder().cells(1)
            .cyclesPerCell(3).seed(4).build();

    private TestWorkflows() {
    }

    /** @return every workflow, testflows first */
    public static List<WorkflowDescription> all() {
        return List.of(readerTestflow(), cyclerTestflow(), simulatorTestflow(), featuresTestflow(),
                summaryTestflow(), learnerTestflow(), predictorTestflow(), ensembleTestflow(),
                scenarioBuilderTestflow(), trajectoryPredictorTestflow(), expertInterpreterTestflow(),
                scorerTestflow(), baselinePredictorTestflow(), simulatedExample(), whatIfExample(),
                interpretationExample(), comparisonExample(),
                publishedExample());
    }

    /** A Scenario Builder grid in C-rates: charge x discharge x temperature, each scenario for the given cycles. */
    private static Consumer<NodeSettings> scenarioGrid(String charge, String discharge, String temperatures,
            int cycles) {
        return s -> {
            s.addString("mode", "grid");
            s.addString("current_unit", "C");
            s.addString("charge_currents", charge);
            s.addString("discharge_currents", discharge);
            s.addString("temperatures_celsius", temperatures);
            s.addInt("cycles", cycles);
        };
    }

    /**
     * Connects the Trajectory Scorer (node {@code scorer}) to the forecasts of two methods (its inputs 1 and 3) and
     * the measured cycles (input 2), and documents the sizes of its three tables.
     */
    private static void scoredSideBySide(WorkflowDescription w, int scorer, int first, int measured, int second,
            long cellRows, long stepRows, long crossingRows) {
        w.connect(first, 1, scorer, 1)
                .connect(measured, 1, scorer, 2)
                .connect(second, 1, scorer, 3)
                .expect(scorer, 1, "a row per method and cell, and one per method over all cells",
                        Checks.rows(cellRows))
                .expect(scorer, 2, "a row per method and horizon step", Checks.rows(stepRows))
                .expect(scorer, 3, "per method and threshold, a row per cell and one over all cells",
                        Checks.rows(crossingRows));
    }

    /** The Trajectory Scorer's labels of the forecasts at its inputs 1 and 3. */
    private static Consumer<NodeSettings> methods(String first, String second) {
        return s -> {
            s.addString("method_label", first);
            s.addString("method_label_2", second);
        };
    }

    private static Consumer<NodeSettings> smallSimulation(int cells, int cycles, int seed, boolean timeSeries) {
        return s -> {
            s.addBoolean("use_example_set", false);
            s.addInt("cells", cells);
            s.addInt("cycles_per_cell", cycles);
            s.addInt("seed", seed);
            s.addBoolean("output_time_series", timeSeries);
        };
    }

    /**
     * Nodes 1-3 of the Learner and Predictor testflows: five simulated cells x 60 cycles, their features, and a
     * small Learner (horizon 10, hidden size 8; SIM-001..003 training, SIM-004 validation).
     */
    private static void simulatedTraining(WorkflowDescription w, int epochs, String annotation) {
        simulatedTraining(w, epochs, 1, annotation);
    }

    /** As {@link #simulatedTraining(WorkflowDescription, int, String)}, training an ensemble of that many members. */
    private static void simulatedTraining(WorkflowDescription w, int epochs, int members, String annotation) {
        w.node(1, SIMULATOR, 100, 100, smallSimulation(5, 60, 7, false), "5 cells x 60 cycles")
                .node(2, FEATURES, 300, 100, DEFAULTS, "")
                .node(3, LEARNER, 500, 100, s -> {
                    s.addInt("horizon", 10);
                    s.addInt("hidden_size", 8);
                    s.addInt("epochs", epochs);
                    s.addInt("seed", 11);
                    s.addString("training_cells", "SIM-001,SIM-002,SIM-003");
                    s.addString("validation_cells", "SIM-004");
                    s.addInt("members", members);
                }, annotation)
                .connect(1, 1, 2, 1)
                .connect(2, 1, 3, 1);
    }

    static WorkflowDescription readerTestflow() {
        return WorkflowDescription.testflow("Battery Dataset Reader")
                .description("Testflow of the Battery Dataset Reader: reads a per-cycle file in the canonical format"
                        + " (data/simulated-cycles.csv, two simulated cells x 30 cycles, written by the Battery Cell"
                        + " Simulator's engine) through a path relative to the workflow. Expected: 60 cycle rows, a QC"
                        + " row per cell and one noting the canonical file (also the node's warning).")
                .node(1, READER, 100, 100, s -> {
                    s.addString("mode", "Single file");
                    s.addString("file", WORKFLOW_RELATIVE + "data/simulated-cycles.csv");
                }, "data/simulated-cycles.csv")
                .dataFile("data/simulated-cycles.csv",
                        w -> SimulationCsv.writeCycles(new CellSimulator(READER_DATA).simulate(), w))
                .expectWarning(1, "canonical per-cycle table, 2 cell(s)")
                .expect(1, 1, "60 per-cycle rows", Checks.rows(60))
                .expect(1, 2, "a QC row per cell and one noting the canonical file", Checks.rows(3));
    }

    static WorkflowDescription cyclerTestflow() {
        return WorkflowDescription.testflow("Cycler Time Series to Cycles")
                .description("Testflow of Cycler Time Series to Cycles: converts the raw time series of one"
                        + " simulated cell (data/SIM-001.csv, Battery Data Format columns, 3 cycles, written by the"
                        + " simulator's engine) to per-cycle rows. Expected: at least 2 cycles, one QC row and the"
                        + " warning that 3 cycles are fewer than a forecasting window needs.")
                .node(1, CYCLER, 100, 100, s -> {
                    s.addString("mode", "Single file");
                    s.addString("file", WORKFLOW_RELATIVE + "data/SIM-001.csv");
                }, "data/SIM-001.csv")
                .dataFile("data/SIM-001.csv", TestWorkflows::cyclerSeries)
                .expectWarning(1, "fewer than the 11 rows a forecasting window needs")
                .expect(1, 1, "at least 2 per-cycle rows", Checks.rowsAtLeast(2))
                .expect(1, 2, "one QC row", Checks.rows(1));
    }

    private static void cyclerSeries(Writer w) throws IOException {
        TableSink<TimeSample> sink = SimulationCsv.timeSeriesWriter(w);
        try {
            new CellSimulator(CYCLER_DATA).timeSeries(0, sink, null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.flush();
    }

    static WorkflowDescription simulatorTestflow() {
        return WorkflowDescription.testflow("Battery Cell Simulator")
                .description("Testflow of the Battery Cell Simulator: two cells x 40 cycles with their raw time"
                        + " series, summarised by the Capacity Fade Summary with its columns chosen by name. Expected:"
                        + " 80 cycle rows, a non-empty time series, two summary rows and the Summary's warning that"
                        + " it chose the columns by name.")
                .node(1, SIMULATOR, 100, 100, smallSimulation(2, 40, 5, true), "2 cells x 40 cycles")
                .node(2, SUMMARY, 300, 100, DEFAULTS, "columns chosen by name")
                .connect(1, 1, 2, 1)
                .expectWarning(2, "Columns chosen by name")
                .expect(1, 1, "80 per-cycle rows", Checks.rows(80))
                .expect(1, 2, "raw time-series samples", Checks.rowsAtLeast(80))
                .expect(2, 1, "one summary row per cell", Checks.rows(2));
    }

    static WorkflowDescription featuresTestflow() {
        return WorkflowDescription.testflow("Degradation Feature Extractor")
                .description("Testflow of the Degradation Feature Extractor on two simulated cells x 40 cycles."
                        + " Expected: one feature row per cycle row (80).")
                .node(1, SIMULATOR, 100, 100, smallSimulation(2, 40, 5, false), "2 cells x 40 cycles")
                .node(2, FEATURES, 300, 100, DEFAULTS, "")
                .connect(1, 1, 2, 1)
                .expect(2, 1, "80 rows with features", Checks.rows(80));
    }

    static WorkflowDescription summaryTestflow() {
        return WorkflowDescription.testflow("Capacity Fade Summary")
                .description("Testflow of the Capacity Fade Summary on three simulated cells x 60 cycles, with the"
                        + " columns chosen explicitly. Expected: one row per cell (3).")
                .node(1, SIMULATOR, 100, 100, smallSimulation(3, 60, 6, false), "3 cells x 60 cycles")
                .node(2, SUMMARY, 300, 100, CYCLE_COLUMNS, "")
                .connect(1, 1, 2, 1)
                .expect(2, 1, "one row per cell", Checks.rows(3));
    }

    /**
     * Nodes 1-4 of the examples on simulated cells: the Battery Cell Simulator's example set, its features and the
     * Learner (horizon 20, 40 epochs; SIM-001..006 training, SIM-007/008 validation), and four new simulated cells
     * (seed 7) as node 4.
     */
    private static void exampleSetTraining(WorkflowDescription w, String newCells) {
        w.node(1, SIMULATOR, 100, 100, DEFAULTS, "training cells:\nexample set")
                .node(2, FEATURES, 300, 100, DEFAULTS, "")
                .node(3, LEARNER, 500, 100, s -> {
                    s.addInt("horizon", 20);
                    s.addInt("epochs", 40);
                    s.addString("training_cells", "SIM-001,SIM-002,SIM-003,SIM-004,SIM-005,SIM-006");
                    s.addString("validation_cells", "SIM-007,SIM-008");
                }, "horizon 20, 40 epochs")
                .node(4, SIMULATOR, 100, 300, s -> {
                    s.addInt("cells", 4);
                    s.addInt("seed", 7);
                }, newCells)
                .connect(1, 1, 2, 1)
                .connect(2, 1, 3, 1);
    }

    static WorkflowDescription learnerTestflow() {
        return WorkflowDescription.testflow("iMODEL Learner")
                .description("Testflow of the iMODEL Learner: a tiny model (horizon 10, hidden size 8, 2 epochs) on"
                        + " the features of five simulated cells x 60 cycles (SIM-001..003 training, SIM-004"
                        + " validation). Expected: a model and two history rows.")
                .then(w -> simulatedTraining(w, 2, "tiny: 2 epochs"))
                .expect(3, 2, "one history row per epoch", Checks.rows(2));
    }

    static WorkflowDescription predictorTestflow() {
        return WorkflowDescription.testflow("iMODEL Predictor")
                .description("Testflow of the iMODEL Predictor: a small model (horizon 10, hidden size 8, 30 epochs on"
                        + " SIM-001..003, validation SIM-004) predicts every complete window of the five simulated"
                        + " cells (51 per cell). Expected: 255 forecasts, a metrics row per cell plus one over all"
                        + " cells, and a pooled MAPE of SIM-005 (never trained on) of at most "
                        + PREDICTOR_TESTFLOW_MAX_MAPE + " %.")
                .then(w -> simulatedTraining(w, 30, "small: 30 epochs"))
                .node(4, PREDICTOR, 700, 180, DEFAULTS, "")
                .connect(3, 1, 4, 1)
                .connect(2, 1, 4, 2)
                .expect(4, 1, "51 forecast windows per cell", Checks.rows(255))
                .expect(4, 2, "a metrics row per cell and one over all cells", Checks.rows(6))
                .expect(4, 2, "pooled MAPE of SIM-005 at most " + PREDICTOR_TESTFLOW_MAX_MAPE + " %",
                        Checks.pooledMapeAtMost("SIM-005"::equals, PREDICTOR_TESTFLOW_MAX_MAPE));
    }

    static WorkflowDescription ensembleTestflow() {
        return WorkflowDescription.testflow("iMODEL ensemble")
                .description("Testflow of ensembles: the Learner trains 3 small networks (seeds 11, 12, 13; horizon 10,"
                        + " hidden size 8, 30 epochs each; member i leaves out training cell i of SIM-001..003) and"
                        + " scales their band so that it covers 90 % of the true capacities no member trained on: each"
                        + " training cell's, about the forecast of the member that left it out, and the validation"
                        + " cell SIM-004's, about the mean (Band calibration cross). The Predictor gives the members'"
                        + " mean"
                        + " with band_low_ah and band_high_ah for every window, the Trajectory Predictor the same for"
                        + " every future cycle. Expected: 255 forecasts; the band covers at least 85 % of SIM-004's"
                        + " capacities (90 % up to rounding); every trajectory row's band holds its prediction.")
                .then(w -> simulatedTraining(w, 30, 3, "3 members,\n30 epochs each"))
                .node(4, PREDICTOR, 700, 100, DEFAULTS, "mean and\n5-95 % band")
                .node(5, SCENARIOS, 500, 300, scenarioGrid("0.5", "1, 2", "25", 10), "2 scenarios,\n10 cycles")
                .node(6, TRAJECTORIES, 700, 300, DEFAULTS, "mean and band\nper future cycle")
                .connect(3, 1, 4, 1)
                .connect(2, 1, 4, 2)
                .connect(3, 1, 6, 1)
                .connect(1, 1, 6, 2)
                .connect(5, 1, 6, 3)
                .expect(3, 2, "one history row per member and epoch", Checks.rows(90))
                .expect(4, 1, "51 forecast windows per cell", Checks.rows(255))
                .expect(4, 2, "the band covers SIM-004, the calibration cell", Checks.coverageAtLeast("SIM-004", 0.85))
                .expectWarning(6, "10 of 10 forecasts have inputs outside the training data's range")
                .expect(6, 1, "one row per cell, scenario and future cycle", Checks.rows(100))
                .expect(6, 1, "a band around every prediction", Checks.bandAroundEveryPrediction());
    }

    static WorkflowDescription scenarioBuilderTestflow() {
        return WorkflowDescription.testflow("Scenario Builder")
                .description("Testflow of the Scenario Builder: a grid of charge 0.5C and 1C x discharge 1C and 2C x"
                        + " 25 and 35 degC, each scenario for 20 future cycles. Expected: 8 scenarios x 20 cycles ="
                        + " 160 rows.")
                .node(1, SCENARIOS, 100, 100, scenarioGrid("0.5, 1", "1, 2", "25, 35", 20),
                        "2 x 2 x 2 grid,\n20 cycles")
                .expect(1, 1, "one row per scenario and future cycle", Checks.rows(160));
    }

    static WorkflowDescription trajectoryPredictorTestflow() {
        return WorkflowDescription.testflow("Trajectory Predictor")
                .description("Testflow of the Trajectory Predictor: a tiny model (horizon 10, hidden size 8, 2"
                        + " epochs; SIM-001..003 training, SIM-004 validation) forecasts the five simulated cells from"
                        + " their latest cycle under four scenarios (charge 0.5C x discharge 1C and 2C x 25 and 35"
                        + " degC, 10 cycles). Expected: 5 cells x 4 scenarios x 10 cycles = 200 rows and a summary"
                        + " row per cell, scenario and SOH threshold (80 % and 70 %: 40 rows). The training cells"
                        + " all ran at one use, so every scenario lies outside the training data: the node warns"
                        + " and marks each forecast OUTSIDE.")
                .then(w -> simulatedTraining(w, 2, "tiny: 2 epochs"))
                .node(4, SCENARIOS, 500, 300, scenarioGrid("0.5", "1, 2", "25, 35", 10), "4 scenarios,\n10 cycles")
                .node(5, TRAJECTORIES, 700, 180, DEFAULTS, "from each cell's\nlatest cycle")
                .connect(3, 1, 5, 1)
                .connect(1, 1, 5, 2)
                .connect(4, 1, 5, 3)
                .expectWarning(5, "20 of 20 forecasts have inputs outside the training data's range")
                .expect(5, 1, "one row per cell, scenario and future cycle", Checks.rows(200))
                .expect(5, 2, "a summary row per cell, scenario and threshold", Checks.rows(40));
    }

    static WorkflowDescription baselinePredictorTestflow() {
        return WorkflowDescription.testflow("Baseline Predictor")
                .description("Testflow of the Baseline Predictor on three simulated cells x 130 cycles: the paper's"
                        + " polynomial baseline (a cubic fit of each cell's previous 50 capacities, 50 predicted) on"
                        + " every cell, and the MLP-history baseline (previous 10 capacities, 100 predicted) trained"
                        + " briefly (20 epochs) on SIM-001, validated on SIM-002, forecasting SIM-003. Expected:"
                        + " polynomial 31 windows per cell (93) and one error row per cell (3); MLP 21 windows and one"
                        + " error row.")
                .node(1, SIMULATOR, 100, 100, smallSimulation(3, 130, 5, false), "3 cells x 130 cycles")
                .node(2, BASELINE, 300, 100, DEFAULTS, "polynomial")
                .node(3, BASELINE, 300, 250, s -> {
                    s.addString("method", "mlp");
                    s.addString("cells", "SIM-003");
                    s.addString("training_cells", "SIM-001");
                    s.addString("validation_cells", "SIM-002");
                    s.addInt("epochs", 20);
                }, "mlp, 20 epochs")
                .connect(1, 1, 2, 1)
                .connect(1, 1, 3, 1)
                .expect(2, 1, "31 forecast windows per cell", Checks.rows(93))
                .expect(2, 2, "one error row per cell", Checks.rows(3))
                .expect(3, 1, "21 forecast windows of SIM-003", Checks.rows(21))
                .expect(3, 2, "one error row", Checks.rows(1));
    }

    static WorkflowDescription expertInterpreterTestflow() {
        return WorkflowDescription.testflow("Expert Interpreter")
                .description("Testflow of the Expert Interpreter: a tiny model (horizon 10, hidden size 8, 2 epochs;"
                        + " SIM-001..003 training, SIM-004 validation) is interpreted on every complete window of the"
                        + " five simulated cells (51 per cell), with 999 permutations per p-value (seed 2025)."
                        + " Expected: 255 window rows, one row per expert (5), per dominant expert plus one for all"
                        + " windows (6), per tested quantity (9), a model card, and the gate heatmap (one 900 x 220"
                        + " panel per cell: 900 x 1100 px) and the joint gate map (all cells, then each cell, two"
                        + " 560 x 460 panels per row: 1120 x 1380 px) as PNG images.")
                .then(w -> simulatedTraining(w, 2, "tiny: 2 epochs"))
                .node(4, INTERPRETER, 700, 180, s -> s.addInt("permutations", 999), "all cells,\n999 permutations")
                .connect(3, 1, 4, 1)
                .connect(2, 1, 4, 2)
                .expect(4, 1, "one row per window", Checks.rows(255))
                .expect(4, 2, "one row per expert", Checks.rows(5))
                .expect(4, 3, "one row per dominant expert and one for all windows", Checks.rows(6))
                .expect(4, 4, "one row per tested quantity", Checks.rows(9))
                .expect(4, 6, "a model card", Checks.rowsAtLeast(5))
                .expect(4, 7, "gate heatmap: one panel per cell", Checks.imageWidth(900))
                .expect(4, 7, "gate heatmap: one panel per cell", Checks.imageHeight(1100))
                .expect(4, 10, "joint gate map: all cells, then each", Checks.imageWidth(1120))
                .expect(4, 10, "joint gate map: all cells, then each", Checks.imageHeight(1380));
    }

    static WorkflowDescription scorerTestflow() {
        return WorkflowDescription.testflow("Trajectory Scorer")
                .description("Testflow of the Trajectory Scorer: a tiny model (horizon 10, hidden size 8, 2 epochs;"
                        + " SIM-001..003 training, SIM-004 validation) forecasts the five simulated cells two ways:"
                        + " the iMODEL Predictor's windows (51 per cell, with targets) and the Trajectory Predictor"
                        + " from cycle 40 under one scenario (charge 0.5C, discharge 1C, 25 degC, 10 cycles; without"
                        + " targets: the scorer looks up the measured cycles 40-49 of each cell). The scorer compares"
                        + " them side by side (labels 'windows' and 'from cycle 40'). Expected per method: a row per"
                        + " cell and one over all cells (12 rows), errors at horizon steps 1-10 (20 rows), crossing"
                        + " cycles per cell and all cells at SOH 80 % and 70 % (24 rows), and the error-against-horizon"
                        + " picture (two 560 x 420 panels: 1120 x 420 px). The one scenario lies outside the training"
                        + " data, so the Trajectory Predictor warns.")
                .then(w -> simulatedTraining(w, 2, "tiny: 2 epochs"))
                .node(4, PREDICTOR, 700, 100, DEFAULTS, "windows")
                .node(5, SCENARIOS, 500, 300, scenarioGrid("0.5", "1", "25", 10), "1 scenario,\n10 cycles")
                .node(6, TRAJECTORIES, 700, 300, s -> {
                    s.addBoolean("latest_cycle", false);
                    s.addInt("cycle", 40);
                }, "from cycle 40")
                .node(7, SCORER, 900, 200, methods("windows", "from cycle 40"), "windows vs\ntrajectories")
                .connect(3, 1, 4, 1)
                .connect(2, 1, 4, 2)
                .connect(3, 1, 6, 1)
                .connect(1, 1, 6, 2)
                .connect(5, 1, 6, 3)
                .then(w -> scoredSideBySide(w, 7, 4, 1, 6, 12, 20, 24))
                .expectWarning(6, "5 of 5 forecasts have inputs outside the training data's range")
                .expect(7, 4, "two panels side by side", Checks.imageWidth(1120))
                .expect(7, 4, "two panels side by side", Checks.imageHeight(420));
    }

    static WorkflowDescription simulatedExample() {
        return WorkflowDescription.example("Simulated cells")
                .description("iMODEL on simulated cells, no download needed. The Battery Cell Simulator's example"
                        + " set (8 cells over four uses: 0.5C/1C and 1C/1C at 25 degC, 0.5C/2C at 35 degC,"
                        + " 0.25C/1C at 45 degC; 300 cycles) is turned into features; the iMODEL Learner trains on"
                        + " SIM-001..SIM-006 and validates on SIM-007 and SIM-008 (horizon 20, 40 epochs, about a"
                        + " minute). A second simulator makes four new cells (seed 7) that the model has never seen;"
                        + " the iMODEL Predictor forecasts the next 20 cycles' capacity from every cycle of them and"
                        + " scores the forecasts (Metrics output, row 'all cells': pooled MAPE in %). The Capacity"
                        + " Fade Summary shows how much the new cells fade. More epochs give a better model.")
                .then(w -> exampleSetTraining(w, "new cells:\nseed 7"))
                .node(5, FEATURES, 300, 300, DEFAULTS, "")
                .node(6, PREDICTOR, 700, 200, DEFAULTS, "forecasts and\ntest metrics")
                .node(7, SUMMARY, 300, 450, CYCLE_COLUMNS, "")
                .connect(3, 1, 6, 1)
                .connect(4, 1, 5, 1)
                .connect(5, 1, 6, 2)
                .connect(4, 1, 7, 1)
                .expect(6, 2, "pooled test MAPE at most " + SIMULATED_EXAMPLE_MAX_MAPE + " % over the four new"
                        + " cells", Checks.pooledMapeAtMost(cell -> true, SIMULATED_EXAMPLE_MAX_MAPE))
                .expect(7, 1, "one summary row per new cell", Checks.rows(4));
    }

    static WorkflowDescription whatIfExample() {
        return WorkflowDescription.example("What-if scenarios")
                .description("How does a cell age under the use you plan? The iMODEL Learner trains on the Battery"
                        + " Cell Simulator's example set (as in the example 'Simulated cells': horizon 20, 40"
                        + " epochs, about a minute). Four new simulated cells (seed 7) stand for the cells measured"
                        + " 'today', at their cycle 100: the Trajectory Predictor forecasts each from that"
                        + " cycle under the eight future uses of the Scenario Builder's grid (charge 0.5C or 0.75C,"
                        + " discharge 1.25C or 1.75C, 30 or 40 degC, 20 cycles; all inside the range of the training"
                        + " cells' uses): capacity and SOH per future cycle, and per cell and use the capacity after"
                        + " 20 cycles, the cycle where SOH crosses 80 % and 70 % (or 'beyond the horizon') and"
                        + " whether cell state and use lie inside the training data (applicability). 8 of the 32"
                        + " forecasts lie outside: they are marked OUTSIDE, the summary's reason column names the"
                        + " values beyond the training range, and the node warns.")
                .then(w -> exampleSetTraining(w, "cells measured today:\nseed 7"))
                .node(5, SCENARIOS, 300, 450, scenarioGrid("0.5, 0.75", "1.25, 1.75", "30, 40", 20),
                        "planned uses:\n2 x 2 x 2")
                .node(6, TRAJECTORIES, 700, 300, s -> {
                    s.addBoolean("latest_cycle", false);
                    s.addInt("cycle", 100);
                }, "forecast from cycle 100\nper cell and use")
                .connect(3, 1, 6, 1)
                .connect(4, 1, 6, 2)
                .connect(5, 1, 6, 3)
                .expectWarning(6, "8 of 32 forecasts have inputs outside the training data's range")
                .expect(6, 1, "4 cells x 8 uses x 20 cycles", Checks.rows(640))
                .expect(6, 2, "a summary row per cell, use and threshold", Checks.rows(64));
    }

    static WorkflowDescription interpretationExample() {
        return WorkflowDescription.example(INTERPRETATION_EXAMPLE)
                .description("Why does my cell age like this? The iMODEL Learner trains on the Battery Cell"
                        + " Simulator's example set (as in the example 'Simulated cells': horizon 20, 40 epochs, about"
                        + " a minute). Four new simulated cells (seed 7) stand for your cells: the Expert Interpreter"
                        + " runs the model on each of their complete windows of 20 cycles (951 in all) and shows what"
                        + " its five experts mean. Output 1: per window the gate weights, the dominant expert, the gate's entropy, the"
                        + " position in the cell's life (0..1) and the slope (mAh/cycle) and curvature (mAh/cycle2) of"
                        + " the true and predicted capacity segment. Output 2: per expert its share of the windows,"
                        + " their capacity and life range and its prototype trend. Outputs 3 and 4: does the shape of"
                        + " the capacity curve differ by dominant expert? Means per expert, and eta2 with a"
                        + " parametric and two permutation p-values (9999 permutations; the cyclic one keeps the runs"
                        + " of one expert along a life and is the one to trust). Output 5: where the dominant expert"
                        + " changes along each life. Output 6: the model card. Outputs 7-10: pictures (gate heatmap,"
                        + " gate trajectories, expert prototypes, joint gate map coloured by life position); open"
                        + " them with a right-click on the node.")
                .then(w -> exampleSetTraining(w, "your cells:\nseed 7"))
                .node(5, INTERPRETER, 700, 200, DEFAULTS, "what the experts mean\non your cells")
                .connect(3, 1, 5, 1)
                .connect(4, 1, 5, 2)
                .expect(5, 1, "one row per complete window of the four cells", Checks.rows(951))
                .expect(5, 2, "one row per expert", Checks.rows(5))
                .expect(5, 3, "one row per dominant expert and one for all windows", Checks.rows(6))
                .expect(5, 4, "one row per tested quantity", Checks.rows(9))
                .expect(5, 7, "gate heatmap: one 900 x 220 panel per cell", Checks.imageHeight(880))
                .expect(5, 10, "joint gate map: all cells, then each, two panels per row", Checks.imageWidth(1120));
    }

    static WorkflowDescription comparisonExample() {
        return WorkflowDescription.example(COMPARISON_EXAMPLE)
                .description("Does iMODEL beat the paper's baselines, and how does the error grow with the horizon?"
                        + " The iMODEL Learner trains on the Battery Cell Simulator's example set (as in the example"
                        + " 'Simulated cells': horizon 20, 40 epochs, about a minute). On the same four new simulated"
                        + " cells (seed 7) the iMODEL Predictor forecasts 20 cycles from every cycle's features (951"
                        + " windows); one Baseline Predictor fits a cubic to each cell's previous 50 capacities and"
                        + " extends it 20 cycles (the paper's polynomial baseline with horizon 20: 924 windows), a"
                        + " second one trains the paper's MLP (previous 10 capacities to the next 20; " + MLP_EPOCHS
                        + " epochs) on the example set's cells at its input 2 (the Learner's training and validation"
                        + " cells) and forecasts the new cells (the baselines need each cell's own history, iMODEL"
                        + " does not). The Trajectory Scorer scores the three side by side (labels 'iMODEL',"
                        + " 'polynomial' and 'MLP'; the measured cycles give each cell's first-cycle capacity for the"
                        + " SOH crossing cycles). Output 1: per method and cell, and over all cells, pooled RMSE, MAE"
                        + " and MAPE and the reference's batch-of-32 averages; output 2: the error at each horizon"
                        + " step 1-20; output 3: how far the forecast crossing of 80 % and 70 % SOH lies from the true"
                        + " one (cycles), and how often one of them stays beyond the horizon; output 4: MAPE and RMSE"
                        + " against horizon step, one line per method. An ensemble's forecasts (with band columns)"
                        + " plug in the same way.")
                .then(w -> exampleSetTraining(w, "new cells:\nseed 7"))
                .node(5, FEATURES, 300, 300, DEFAULTS, "")
                .node(6, PREDICTOR, 700, 100, DEFAULTS, "iMODEL")
                .node(7, BASELINE, 500, 450, s -> s.addInt("horizon", 20), "polynomial,\nhorizon 20")
                .node(9, BASELINE, 700, 450, s -> {
                    s.addString("method", "mlp");
                    s.addString("cells", "SIM-001,SIM-002,SIM-003,SIM-004");
                    s.addString("training_cells", "SIM-001,SIM-002,SIM-003,SIM-004,SIM-005,SIM-006");
                    s.addString("validation_cells", "SIM-007,SIM-008");
                    s.addInt("horizon", 20);
                    s.addInt("epochs", MLP_EPOCHS);
                }, "MLP, horizon 20,\ntrained on the example set")
                .node(8, SCORER, 900, 250, s -> {
                    methods("iMODEL", "polynomial").accept(s);
                    s.addString("method_label_3", "MLP");
                }, "side by side")
                .connect(4, 1, 5, 1)
                .connect(3, 1, 6, 1)
                .connect(5, 1, 6, 2)
                .connect(4, 1, 7, 1)
                .connect(4, 1, 9, 1)
                .connect(1, 1, 9, 2)
                .connect(9, 1, 8, 4)
                .then(w -> scoredSideBySide(w, 8, 6, 4, 7, 15, 60, 30))
                .expect(8, 1, "pooled test MAPE of iMODEL at most " + SIMULATED_EXAMPLE_MAX_MAPE + " %",
                        Checks.scoredMapeAtMost("iMODEL", SIMULATED_EXAMPLE_MAX_MAPE))
                .expect(8, 1, "pooled MAPE of the polynomial baseline at most " + COMPARISON_POLYNOMIAL_MAX_MAPE
                        + " %", Checks.scoredMapeAtMost("polynomial", COMPARISON_POLYNOMIAL_MAX_MAPE))
                .expect(8, 1, "pooled MAPE of the MLP baseline at most " + COMPARISON_MLP_MAX_MAPE + " %",
                        Checks.scoredMapeAtMost("MLP", COMPARISON_MLP_MAX_MAPE))
                .expect(8, 4, "MAPE and RMSE panels side by side", Checks.imageWidth(1120));
    }

    static WorkflowDescription publishedExample() {
        return WorkflowDescription.example("Published UL cells")
                .description("iMODEL on the published UL-NCA cells of condition CY25-1_1 (25 degC, 1C charge, 1C"
                        + " discharge; 9 cells of 26 to 34 cycles), as in the iMODEL paper (horizon 10). Before"
                        + " running, put the files CY25-1_1-#1.csv to CY25-1_1-#9.csv (unchanged, one file per cell)"
                        + " into the folder 'data' of this workflow (in the workflow's folder in your KNIME workspace,"
                        + " beside workflow.knime). Where to get them: the pre-processed per-cycle files published"
                        + " with the iMODEL reference implementation (GitHub repository terencetaothucb/Prediction-of-"
                        + "second-life-battery-degradation-trajectory-using-iMODEL, its UL-NCA data; the original UL"
                        + " data set is doi 10.5281/zenodo.6379165). The Battery Dataset Reader reads every .csv file"
                        + " of that folder (knime://knime.workflow/data); the iMODEL Learner trains on #1-#5,"
                        + " validates on #6 (recommended recipe, 1500 epochs: about half a minute) and the iMODEL"
                        + " Predictor scores every cell; the test cells are #7, #8 and #9 (Metrics output, one row"
                        + " per cell). Published result: test MAPE 0.98 %; this workflow gives about 0.9 %.")
                .node(1, READER, 100, 100, s -> {
                    s.addString("mode", "Folder (all .csv files, recursively)");
                    s.addString("folder", WORKFLOW_RELATIVE + "data");
                }, "reads the files you put\ninto the folder 'data'")
                .node(2, FEATURES, 300, 100, DEFAULTS, "")
                .node(3, LEARNER, 500, 100, s -> {
                    s.addInt("horizon", 10);
                    s.addString("training_cells",
                            "CY25-1_1-#1,CY25-1_1-#2,CY25-1_1-#3,CY25-1_1-#4,CY25-1_1-#5");
                    s.addString("validation_cells", "CY25-1_1-#6");
                }, "train #1-#5, validate #6")
                .node(4, PREDICTOR, 700, 180, DEFAULTS, "test cells: #7, #8, #9")
                .connect(1, 1, 2, 1)
                .connect(2, 1, 3, 1)
                .connect(3, 1, 4, 1)
                .connect(2, 1, 4, 2)
                .userData("data", "UL-NCA", "CY25-1_1-")
                .expect(4, 2, "pooled test MAPE of CY25-1_1 #7-#9 at most " + PUBLISHED_EXAMPLE_MAX_MAPE + " %",
                        Checks.pooledMapeAtMost(UL_TEST_CELLS::contains, PUBLISHED_EXAMPLE_MAX_MAPE));
    }
}
