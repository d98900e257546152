package org.imodel.knime.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.util.FileUtil;

/**
 * Executes a saved workflow headless, test-only: each node's factory from its settings.xml, its "model" settings
 * loaded (validated) by the node, then the nodes in graph order (a node after every node it is connected to,
 * lowest id first among the ready ones) through {@link NodeHarness}, each output handed to the input it is
 * connected to. Paths {@code knime://knime.workflow/...} resolve against the workflow folder, as in KNIME.
 */
public final class WorkflowRunner {

    /**
     * What one node did.
     *
     * @param id node id
     * @param factory factory class name
     * @param outputs its outputs (index 0 = KNIME's port 1)
     * @param warning its warning, or null
     * @param seconds wall time of its execution
     */
    public record NodeRun(int id, String factory, PortObject[] outputs, String warning, double seconds) {
    }

    private WorkflowRunner() {
    }

    /**
     * @param workflow a saved workflow
     * @return each node's run, in execution order
     * @throws Exception what a node throws (with the node named), or when the graph has a cycle or an unconnected
     *             input
     */
    public static Map<Integer, NodeRun> run(SavedWorkflow workflow) throws Exception {
        return inWorkflow(workflow.dir(), () -> {
            Map<Integer, NodeRun> runs = new LinkedHashMap<>();
            for (SavedWorkflow.Node node : order(workflow)) {
                runs.put(node.id(), execute(workflow, node, runs));
            }
            return runs;
        });
    }

    /**
     * Runs work as inside a workflow saved in dir: knime://knime.workflow/ URLs resolve against dir, as KNIME
     * resolves them for the nodes of a workflow.
     *
     * @param dir the workflow folder
     * @param work what to run
     * @param <T> its result
     * @return the result
     * @throws Exception what work throws
     */
    public static <T> T inWorkflow(Path dir, Callable<T> work) throws Exception {
        setWorkflowDirectory(dir);
        try {
            return work.call();
        } finally {
            setWorkflowDirectory(null);
        }
    }

    private static NodeRun execute(SavedWorkflow workflow, SavedWorkflow.Node node, Map<Integer, NodeRun> done)
            throws Exception {
        NodeHarness<? extends NodeModel> harness = NodeHarness.of(factory(node.factory()));
        String name = node.settingsFile();
        harness.loadSettings(node.settings().getNodeSettings("model"));
        PortObject[] inputs = new PortObject[harness.inPortTypes().length];
        for (SavedWorkflow.Connection c : workflow.connections()) {
            if (c.destId() == node.id() && c.destPort() > 0) {
                inputs[c.destPort() - 1] = done.get(c.sourceId()).outputs()[c.sourcePort() - 1];
            }
        }
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null && !harness.inPortTypes()[i].isOptional()) {
                throw new IllegalStateException(name + ": input port " + (i + 1) + " is not connected");
            }
        }
        long start = System.nanoTime();
        PortObject[] out;
        try {
            out = harness.execute(inputs);
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
        return new NodeRun(node.id(), node.factory(), out, harness.warning(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * @param factoryClass a node factory's class name
     * @return a new factory (loaded by our bundle's class loader)
     * @throws ReflectiveOperationException when it is not a class of ours
     */
    @SuppressWarnings("unchecked")
    public static NodeFactory<? extends NodeModel> factory(String factoryClass) throws ReflectiveOperationException {
        return (NodeFactory<? extends NodeModel>) Class.forName(factoryClass, true,
                WorkflowRunner.class.getClassLoader()).getDeclaredConstructor().newInstance();
    }

    /**
     * @param workflow a workflow
     * @return its nodes in graph order
     * @throws IllegalStateException on a cycle
     */
    public static List<SavedWorkflow.Node> order(SavedWorkflow workflow) {
        Map<Integer, Integer> pending = new HashMap<>();
        workflow.nodes().forEach(n -> pending.put(n.id(), 0));
        for (SavedWorkflow.Connection c : workflow.connections()) {
            pending.merge(c.destId(), 1, Integer::sum);
        }
        TreeSet<Integer> ready = new TreeSet<>();
        pending.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<SavedWorkflow.Node> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.pollFirst();
            order.add(workflow.node(id));
            for (SavedWorkflow.Connection c : workflow.connections()) {
                if (c.sourceId() == id && pending.merge(c.destId(), -1, Integer::sum) == 0) {
                    ready.add(c.destId());
                }
            }
        }
        if (order.size() != workflow.nodes().size()) {
            throw new IllegalStateException(workflow.dir() + ": the connections form a cycle");
        }
        return order;
    }

    private static void setWorkflowDirectory(Path dir) {
        Internals.callUnchecked(null, FileUtil.class, "setWorkflowDirectory", new Class<?>[] {Path.class}, dir);
    }
}
