package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the team's shared folder (../shared beside the checkout, or system property imodel.shared.dir).
 * Tests that need it skip with a message when it is absent, except under CI (CI=true), where that is a failure.
 */
final class SharedFolder {

    private SharedFolder() {
    }

    static Path require(String sub) {
        String configured = System.getProperty("imodel.shared.dir");
        Path dir = configured == null ? null : Paths.get(configured).resolve(sub);
        boolean present = dir != null && Files.isDirectory(dir);
        String message = "shared folder " + (dir == null ? "(imodel.shared.dir not set)" : dir)
                + " is absent: put ../shared beside the checkout";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (required under CI)");
        }
        assumeTrue(present, message + "; skipping");
        return dir;
    }
}
