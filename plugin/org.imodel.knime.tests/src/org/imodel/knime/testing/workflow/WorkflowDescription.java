package org.imodel.knime.testing.workflow;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * A small, data-driven description of one KNIME workflow of test-workflows/: its folder, a description for KNIME's
 * description panel, the nodes (id, factory, position, settings changed from the node's defaults by settings key,
 * annotation), the connections, small data files our code writes into the workflow folder, the user data it reads
 * (a folder the user fills, taken from ../shared/data when the workflow runs in the tests) and the documented
 * results the headless runner checks. {@link WorkflowWriter} turns it into workflow.knime and settings.xml files;
 * {@link WorkflowRunner} executes it. A new workflow is a new description in {@link TestWorkflows}.
 */
public final class WorkflowDescription {

    /** Port index of the first data or model port; port 0 of every node is the hidden flow-variable port. */
    public static final int FIRST_PORT = 1;

    /** Where a workflow lives under test-workflows/. */
    public enum Kind {
        /** One workflow per node, named after the node. */
        TESTFLOW("testflows"),
        /** A workflow for users to import (also packed as .knwf). */
        EXAMPLE("examples");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** @return the folder under test-workflows/ */
        public String folder() {
            return folder;
        }
    }

    /**
     * One node.
     *
     * @param id node id (unique in the workflow)
     * @param factory the node's factory
     * @param x x position
     * @param y y position
     * @param settings changes to the node's default settings, by settings key
     * @param annotation text shown under the node, or "" for none
     */
    public record Node(int id, NodeFactory<? extends NodeModel> factory, int x, int y, Consumer<NodeSettings> settings,
            String annotation) {
    }

    /**
     * One connection; ports count as in KNIME (0 is the flow-variable port, data and model ports start at 1).
     *
     * @param sourceId source node id
     * @param sourcePort source port
     * @param destId destination node id
     * @param destPort destination port
     */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    /** Writes a data file's content. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where to write
         * @throws IOException on write errors
         */
        void write(Writer out) throws IOException;
    }

    /**
     * A data file written by our code into the workflow folder.
     *
     * @param path path inside the workflow folder, '/'-separated
     * @param content the content
     */
    public record DataFile(String path, Content content) {
    }

    /**
     * A folder of the workflow that the user fills with published files.
     *
     * @param path path inside the workflow folder, '/'-separated
     * @param sharedFolder folder under ../shared/data holding the files (for the tests)
     * @param filePrefix the files to take: names starting with this
     */
    public record UserData(String path, String sharedFolder, String filePrefix) {
    }

    /**
     * A documented result: a quantity measured on one output port after the run, and the condition it must meet.
     *
     * @param quantity what is measured, e.g. "rows" or "pooled MAPE (%)"
     * @param measure measures it
     * @param holds the documented condition
     * @param condition the condition in words, e.g. "= 60" or "<= 3.0"
     */
    public record Check(String quantity, ToDoubleFunction<PortObject> measure, DoublePredicate holds,
            String condition) {

        /**
         * @param output the port object
         * @return the measured value
         */
        public double value(PortObject output) {
            return measure.applyAsDouble(output);
        }

        /**
         * @param output the port object
         * @return null when the condition holds, else what was measured and what was expected
         */
        public String failure(PortObject output) {
            double v = value(output);
            return holds.test(v) ? null : quantity + " is " + v + ", expected " + condition;
        }
    }

    /**
     * @param nodeId node id
     * @param port output port (1 = first)
     * @param what the documented result, in words
     * @param check the check
     */
    public record Expectation(int nodeId, int port, String what, Check check) {
    }

    private final Kind kind;
    private final String name;
    private String description = "";
    private final List<Node> nodes = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<DataFile> dataFiles = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private final Map<Integer, String> warnings = new TreeMap<>();
    private UserData userData;

    private WorkflowDescription(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /**
     * @param nodeName the node the testflow is for (its name, as in the node description)
     * @return a testflow description
     */
    public static WorkflowDescription testflow(String nodeName) {
        return new WorkflowDescription(Kind.TESTFLOW, nodeName);
    }

    /**
     * @param name the example's name
     * @return an example description
     */
    public static WorkflowDescription example(String name) {
        return new WorkflowDescription(Kind.EXAMPLE, name);
    }

    /**
     * @param text shown in KNIME's description panel (workflow-metadata.xml)
     * @return this
     */
    public WorkflowDescription description(String text) {
        description = text;
        return this;
    }

    /**
     * @param id node id
     * @param factory factory
     * @param x x position
     * @param y y position
     * @param settings changes to the node's defaults by settings key
     * @param annotation text under the node ("" for none)
     * @return this
     */
    public WorkflowDescription node(int id, NodeFactory<? extends NodeModel> factory, int x, int y,
            Consumer<NodeSettings> settings, String annotation) {
        nodes.add(new Node(id, factory, x, y, settings, annotation));
        return this;
    }

    /**
     * @param part adds a part shared by several workflows (nodes, connections)
     * @return this
     */
    public WorkflowDescription then(Consumer<WorkflowDescription> part) {
        part.accept(this);
        return this;
    }

    /**
     * @param sourceId source node
     * @param sourcePort its output port (1 = first)
     * @param destId destination node
     * @param destPort its input port (1 = first)
     * @return this
     */
    public WorkflowDescription connect(int sourceId, int sourcePort, int destId, int destPort) {
        connections.add(new Connection(sourceId, sourcePort, destId, destPort));
        return this;
    }

    /**
     * @param path path inside the workflow folder
     * @param content its content, written by our code
     * @return this
     */
    public WorkflowDescription dataFile(String path, Content content) {
        dataFiles.add(new DataFile(path, content));
        return this;
    }

    /**
     * @param path the folder the user fills (inside the workflow folder)
     * @param sharedFolder where the tests find the files under ../shared/data
     * @param filePrefix which files
     * @return this
     */
    public WorkflowDescription userData(String path, String sharedFolder, String filePrefix) {
        userData = new UserData(path, sharedFolder, filePrefix);
        return this;
    }

    /**
     * @param nodeId node
     * @param port output port (1 = first)
     * @param what the documented result in words
     * @param check its check
     * @return this
     */
    public WorkflowDescription expect(int nodeId, int port, String what, Check check) {
        expectations.add(new Expectation(nodeId, port, what, check));
        return this;
    }

    /**
     * Documents a warning the node sets when the workflow runs (every other node runs without one).
     *
     * @param nodeId node
     * @param fragment a part of the warning's text
     * @return this
     */
    public WorkflowDescription expectWarning(int nodeId, String fragment) {
        warnings.put(nodeId, fragment);
        return this;
    }

    /** @return the documented warnings: node id to a part of its text */
    public Map<Integer, String> warnings() {
        return Collections.unmodifiableMap(warnings);
    }

    /** @return testflow or example */
    public Kind kind() {
        return kind;
    }

    /** @return the workflow's name (its folder name) */
    public String name() {
        return name;
    }

    /** @return folder under test-workflows/, '/'-separated */
    public String folder() {
        return kind.folder() + "/" + name;
    }

    /** @return the description text */
    public String descriptionText() {
        return description;
    }

    /** @return the nodes in the order given */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** @return the connections in the order given */
    public List<Connection> connections() {
        return List.copyOf(connections);
    }

    /** @return the data files our code writes */
    public List<DataFile> dataFiles() {
        return List.copyOf(dataFiles);
    }

    /** @return the folder the user fills, if any */
    public Optional<UserData> userData() {
        return Optional.ofNullable(userData);
    }

    /** @return the documented results */
    public List<Expectation> expectations() {
        return List.copyOf(expectations);
    }
}
