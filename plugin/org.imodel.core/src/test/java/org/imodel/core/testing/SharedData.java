package org.imodel.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The team's shared folder (../shared beside the checkout; surefire passes it as system property
 * imodel.shared.dir). Tests that need it skip with a message when it is absent, except under CI (CI=true), where
 * a missing folder is a failure.
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * @param sub a sub-folder, e.g. "data/LSD"
     * @return the folder; the calling test is skipped (or, under CI, failed) when it is absent
     */
    public static Path require(String sub) {
        String configured = System.getProperty("imodel.shared.dir");
        Path dir = configured == null ? null : Paths.get(configured).resolve(sub);
        boolean present = dir != null && Files.exists(dir);
        String message = "shared folder " + (dir == null ? "(imodel.shared.dir not set)" : dir)
                + " is absent: put ../shared beside the checkout";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (required under CI)");
        }
        assumeTrue(present, message + "; skipping");
        return dir;
    }
}
