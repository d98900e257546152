package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.imodel.knime.testing.workflow.TestWorkflows;
import org.imodel.knime.testing.workflow.WorkflowDescription;
import org.imodel.knime.testing.workflow.WorkflowWriter;
import org.junit.jupiter.api.Test;

/**
 * test-workflows/ is exactly what our generator writes (each settings.xml by the node's own settings code), and
 * every node registered in plugin.xml has a testflow. Regenerate after a change of a node's settings or of a
 * description: run this test with -Dimodel.workflows.write=true (see {@link #REGENERATE}), review and commit.
 */
class TestWorkflowsTest {

    static final String REGENERATE = "regenerate with: build/mvnw -B -o verify -pl plugin/org.imodel.knime.tests -am"
            + " -Dtest=TestWorkflowsTest -Dsurefire.failIfNoSpecifiedTests=false -Dimodel.workflows.write=true,"
            + " then review and commit test-workflows/";

    @Test
    void committedWorkflowsAreByteForByteWhatTheGeneratorWrites() throws Exception {
        Path root = WorkflowFolders.root();
        if (Boolean.getBoolean("imodel.workflows.write")) {
            for (WorkflowDescription w : TestWorkflows.all()) {
                deleteTree(root.resolve(w.folder()));
                WorkflowWriter.write(w, root);
            }
        }
        List<String> differences = new ArrayList<>();
        Set<Path> described = new TreeSet<>();
        for (WorkflowDescription w : TestWorkflows.all()) {
            Path committed = root.resolve(w.folder());
            described.add(committed);
            Map<String, byte[]> generated = WorkflowWriter.files(w);
            Set<String> committedFiles = files(committed);
            for (Map.Entry<String, byte[]> e : generated.entrySet()) {
                Path file = committed.resolve(e.getKey());
                if (!Files.isRegularFile(file)) {
                    differences.add(w.folder() + "/" + e.getKey() + " is missing");
                } else if (!Arrays.equals(e.getValue(), Files.readAllBytes(file))) {
                    differences.add(w.folder() + "/" + e.getKey() + " differs");
                }
            }
            committedFiles.removeAll(generated.keySet());
            committedFiles.forEach(f -> differences.add(w.folder() + "/" + f + " is not generated"));
        }
        for (Path folder : WorkflowFolders.committed()) {
            if (!described.contains(folder)) {
                differences.add(root.relativize(folder) + " has no description in TestWorkflows");
            }
        }
        assertEquals(List.of(), differences, "test-workflows/ differs from what the generator writes; " + REGENERATE);
    }

    @Test
    void everyRegisteredNodeHasATestflowNamedAfterIt() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String factory : WorkflowFolders.registeredFactories()) {
            String name = WorkflowWriter.nodeName(org.imodel.knime.testing.WorkflowRunner.factory(factory));
            boolean covered = TestWorkflows.all().stream()
                    .anyMatch(w -> w.kind() == WorkflowDescription.Kind.TESTFLOW && w.name().equals(name)
                            && w.nodes().stream().anyMatch(n -> n.factory().getClass().getName().equals(factory)));
            if (!covered || !Files.isRegularFile(WorkflowFolders.root().resolve("testflows").resolve(name)
                    .resolve("workflow.knime"))) {
                missing.add(name + " (" + factory + ")");
            }
        }
        assertEquals(List.of(), missing, "nodes without a testflow in test-workflows/testflows/<node name>: add a"
                + " description to TestWorkflows; " + REGENERATE);
        assertTrue(TestWorkflows.all().stream().filter(w -> w.kind() == WorkflowDescription.Kind.EXAMPLE).count() >= 2,
                "the two examples are described");
    }

    @Test
    void everyExampleIsPackedAsKnwfByTheBuild() throws Exception {
        Path pom = WorkflowFolders.root().resolveSibling("update-site").resolve("pom.xml");
        String text = Files.readString(pom);
        List<String> unpacked = new ArrayList<>();
        for (WorkflowDescription w : TestWorkflows.all()) {
            if (w.kind() == WorkflowDescription.Kind.EXAMPLE && !text.contains("<knwf name=\"" + w.name() + "\"/>")) {
                unpacked.add(w.name());
            }
        }
        assertEquals(List.of(), unpacked, "examples not packed as .knwf: add <knwf name=\"...\"/> to " + pom);
    }

    private static Set<String> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return new TreeSet<>();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
