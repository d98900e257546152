package org.imodel.knime.tests;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainingSettings;
import org.imodel.knime.node.learner.LearnerNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * A tiny model trained once per test run by the Learner node on five simulated cells (3 training, 1 validation,
 * 1 left for prediction): horizon 10, hidden size 8, two epochs; and a tiny ensemble of 3 such networks.
 */
final class TinyModel {

    static final List<CycleRecord> ROWS = NodeTestSupport.simulated(5, 60, 7);
    static final List<String> TRAIN = List.of("SIM-001", "SIM-002", "SIM-003");
    static final List<String> VALIDATION = List.of("SIM-004");
    static final int EPOCHS = 2;

    /** Members of the tiny ensemble. */
    static final int MEMBERS = 3;

    private static PortObject[] outputs;
    private static PortObject[] ensembleOutputs;

    private TinyModel() {
    }

    /** The Learner's settings (keys of its settings.xml). */
    static void settings(NodeSettings s) {
        s.addInt("horizon", 10);
        s.addInt("hidden_size", 8);
        s.addInt("epochs", EPOCHS);
        s.addInt("seed", 11);
        s.addString("training_cells", String.join(",", TRAIN));
        s.addString("validation_cells", String.join(",", VALIDATION));
    }

    /** The Learner's settings of the tiny ensemble: the tiny model's, with {@value #MEMBERS} members. */
    static void ensembleSettings(NodeSettings s) {
        settings(s);
        s.addInt("members", MEMBERS);
    }

    /** The same settings as the engine's. */
    static TrainingSettings engineSettings() {
        return TrainingSettings.defaults(10, Recipe.RECOMMENDED).withHiddenSize(8).withEpochs(EPOCHS).withSeed(11);
    }

    /** @return the Learner's outputs (model port, history table) */
    static synchronized PortObject[] learnerOutputs() throws Exception {
        if (outputs == null) {
            NodeHarness<?> learner = NodeTestSupport.node(new LearnerNodeFactory(), TinyModel::settings);
            outputs = learner.execute(NodeTestSupport.cycleTable(ROWS));
        }
        return outputs;
    }

    /** @return the Learner's outputs for the tiny ensemble (model port, history table) */
    static synchronized PortObject[] ensembleOutputs() throws Exception {
        if (ensembleOutputs == null) {
            NodeHarness<?> learner = NodeTestSupport.node(new LearnerNodeFactory(), TinyModel::ensembleSettings);
            ensembleOutputs = learner.execute(NodeTestSupport.cycleTable(ROWS));
        }
        return ensembleOutputs;
    }
}
