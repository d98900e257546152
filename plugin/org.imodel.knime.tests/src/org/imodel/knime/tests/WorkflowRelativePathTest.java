package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.invalid;
import static org.imodel.knime.tests.NodeTestSupport.node;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.imodel.core.data.CycleColumns;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.reader.DatasetReaderNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.imodel.knime.testing.WorkflowRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The source nodes read knime://knime.workflow/ paths relative to the workflow folder (as the examples do), and
 * say clearly what is wrong when such a path cannot be used.
 */
class WorkflowRelativePathTest {

    private static NodeHarness<?> reader(String folder) throws Exception {
        return node(new DatasetReaderNodeFactory(), s -> s.addString("folder", folder));
    }

    @Test
    void aWorkflowRelativeFolderIsReadInsideTheWorkflow(@TempDir Path workflow) throws Exception {
        Files.createDirectories(workflow.resolve("data"));
        PortObjectSpec[] specs = WorkflowRunner.inWorkflow(workflow,
                () -> reader("knime://knime.workflow/data").configure());
        assertEquals(TableSpecs.toSpec(CycleColumns.ALL), specs[0]);
    }

    @Test
    void aMissingWorkflowFolderNamesThePathAndTheUrl(@TempDir Path workflow) throws Exception {
        NodeHarness<?> node = reader("knime://knime.workflow/data");
        WorkflowRunner.inWorkflow(workflow, () -> invalid(node::configure,
                workflow.resolve("data").toString(), "does not exist", "knime://knime.workflow/data"));
    }

    @Test
    void unusableUrlsAreRejectedWithWhatToDo() throws Exception {
        invalid(reader("knime://knime.workflow/data")::configure, "Cannot resolve knime://knime.workflow/data",
                "No workflow context", "Use knime://knime.workflow/");
        invalid(reader("knime://some-server/data")::configure, "Cannot resolve knime://some-server/data",
                "is not known");
    }
}
