package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.imodel.knime.testing.SavedWorkflow;
import org.imodel.knime.testing.WorkflowRunner;
import org.imodel.knime.testing.WorkflowRunner.NodeRun;
import org.imodel.knime.testing.workflow.TestWorkflows;
import org.imodel.knime.testing.workflow.WorkflowDescription;
import org.imodel.knime.testing.workflow.WorkflowDescription.Expectation;
import org.imodel.knime.testing.workflow.WorkflowDescription.UserData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.port.PortObject;

/**
 * Runs every committed workflow of test-workflows/ headless (its saved files, not the description), the nodes in
 * graph order through the KNIME stand-in, and checks each workflow's documented results and warnings (a node warns
 * exactly where the description says so). The published-UL example
 * runs on a copy whose data folder is filled from ../shared/data as a user would fill it (skipped with a message
 * when ../shared is absent, a failure under CI=true).
 */
class TestWorkflowRunTest {

    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicTest> everyWorkflowRunsAndGivesItsDocumentedResults() {
        return TestWorkflows.all().stream().map(w -> DynamicTest.dynamicTest(w.folder(), () -> run(w)));
    }

    private static void run(WorkflowDescription w) throws Exception {
        Path dir = WorkflowFolders.root().resolve(w.folder());
        if (w.userData().isPresent()) {
            dir = filledCopy(dir, w.userData().get());
        }
        long start = System.nanoTime();
        Map<Integer, NodeRun> runs = WorkflowRunner.run(SavedWorkflow.load(dir));
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "workflow %s: %.1f s;", w.folder(),
                seconds));
        for (NodeRun run : runs.values()) {
            report.append(String.format(Locale.ROOT, " #%d %s %.1f s%s;", run.id(),
                    run.factory().substring(run.factory().lastIndexOf('.') + 1), run.seconds(),
                    run.warning() == null ? "" : " (warning: " + run.warning() + ")"));
        }
        for (Expectation e : w.expectations()) {
            PortObject out = runs.get(e.nodeId()).outputs()[e.port() - 1];
            String failure = e.check().failure(out);
            if (failure != null) {
                failures.add("node #" + e.nodeId() + " port " + e.port() + ", " + e.what() + ": " + failure);
            }
            report.append(String.format(Locale.ROOT, " #%d port %d %s = %.4g;", e.nodeId(), e.port(),
                    e.check().quantity(), e.check().value(out)));
        }
        for (NodeRun run : runs.values()) {
            String expected = w.warnings().get(run.id());
            if (expected == null && run.warning() != null) {
                failures.add("node #" + run.id() + " warns unexpectedly: " + run.warning());
            } else if (expected != null && (run.warning() == null || !run.warning().contains(expected))) {
                failures.add("node #" + run.id() + " should warn '" + expected + "' but warns: " + run.warning());
            }
        }
        System.out.println(report);
        assertEquals(List.of(), failures, w.folder() + ": documented results not met");
    }

    /** @return a copy of the workflow whose user-data folder holds the shared files, as a user fills it */
    private static Path filledCopy(Path dir, UserData data) throws Exception {
        Path shared = SharedFolder.require("data").resolve(data.sharedFolder());
        Path copy = temp.resolve(dir.getFileName().toString());
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        int files = 0;
        try (Stream<Path> list = Files.list(shared)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(data.filePrefix())).toList()) {
                Files.copy(p, copy.resolve(data.path()).resolve(p.getFileName().toString()));
                files++;
            }
        }
        assertTrue(files > 0, "no file " + data.filePrefix() + "* in " + shared);
        return copy;
    }
}
