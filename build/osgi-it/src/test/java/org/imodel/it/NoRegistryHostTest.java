package org.imodel.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The project must not name a package-registry or download host in any of its files: dependencies come only
 * through Maven's default repository, and DJL must never download (it runs offline).
 */
class NoRegistryHostTest {

    /** Host fragments, split so that this file does not match itself. */
    private static final List<String> HOSTS = List.of("repo1" + ".maven", "repo" + ".maven.apache", "maven" + "central",
            "oss" + ".sonatype", "central" + ".sonatype", "registry" + ".npmjs", "deb" + ".debian.org",
            "security" + ".debian.org", "pypi" + ".org", "files.python" + "hosted", "publish" + ".djl.ai",
            "mlrepo" + ".djl.ai", "download" + ".pytorch.org", "update" + ".knime.com");

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", ".tools");

    @Test
    void noTrackedFileNamesARegistryHost() throws IOException {
        Path root = Paths.get(System.getProperty("maven.multiModuleProjectDirectory",
                Paths.get("").toAbsolutePath().resolve("../..").normalize().toString()));
        List<String> offenders = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)
                    .filter(p -> !skipped(root.relativize(p)))::iterator) {
                files++;
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                for (String host : HOSTS) {
                    if (text.contains(host)) {
                        offenders.add(root.relativize(file) + " names " + host);
                    }
                }
            }
        }
        System.out.println("registry-host check: " + files + " project files scanned");
        assertTrue(files > 20, "project root not found: " + root);
        assertTrue(offenders.isEmpty(), "files naming a registry or download host: " + offenders);
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRS.contains(part.toString())) {
                return true;
            }
        }
        return relative.getFileName().toString().endsWith(".png");
    }
}
