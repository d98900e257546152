package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Where the committed workflows are (test-workflows/), and which node factories plugin.xml registers. */
final class WorkflowFolders {

    private WorkflowFolders() {
    }

    /** @return test-workflows/ of the checkout (system property imodel.workflows.dir, set by the pom) */
    static Path root() {
        String dir = System.getProperty("imodel.workflows.dir");
        assertTrue(dir != null && Files.isDirectory(Paths.get(dir)), "test-workflows folder not found: " + dir
                + " (the pom sets imodel.workflows.dir)");
        return Paths.get(dir);
    }

    /** @return every workflow folder (one holding workflow.knime) under test-workflows/, sorted */
    static List<Path> committed() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.getFileName().toString().equals("workflow.knime")).map(Path::getParent)
                    .sorted().toList();
        }
    }

    /** @return the factory classes plugin.xml registers, in its order */
    static List<String> registeredFactories() throws Exception {
        List<String> factories = new ArrayList<>();
        try (InputStream in = WorkflowFolders.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            assertTrue(in != null, "plugin.xml not found in the bundle");
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                factories.add(((Element) nodes.item(i)).getAttribute("factory-class"));
            }
        }
        return factories;
    }
}
