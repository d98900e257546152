// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.util;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The two URL helpers our nodes use. As documented by KNIME: {@link #toURL(String)} takes a URL or a local path
 * (a path becomes a file URL); {@link #resolveToPath(URL)} gives the local path behind a URL, including KNIME's
 * {@code knime://} URLs, or null where the URL does not denote a local file. KNIME resolves
 * {@code knime://knime.workflow/<path>} against the folder of the workflow the node runs in; here that folder is
 * set by the test harness (KNIME takes it from the node's workflow context). Without one, resolving such a URL fails
 * with an IOException, as it does in KNIME outside a workflow.
 */
public final class FileUtil {

    private static final String KNIME = "knime";
    private static final String WORKFLOW_HOST = "knime.workflow";

    /** The workflow folder of the current test run (test hook, set by reflection). */
    private static volatile Path workflowDirectory;

    private FileUtil() {
    }

    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        if (path.isEmpty()) {
            throw new InvalidPathException("", "Empty path");
        }
        if (path.startsWith(KNIME + ":")) {
            return new URL(null, path.replace(" ", "%20"), new KnimeUrlHandler());
        }
        try {
            return new URL(path.replace(" ", "%20"));
        } catch (MalformedURLException ex) {
            return Paths.get(path).toAbsolutePath().toUri().toURL();
        }
    }

    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        URL resolved = url.openConnection().getURL();
        return "file".equalsIgnoreCase(resolved.getProtocol()) ? Paths.get(resolved.toURI()) : null;
    }

    /** Test hook: the workflow folder that knime://knime.workflow/ URLs resolve against (null: none). */
    @SuppressWarnings("unused")
    private static void setWorkflowDirectory(final Path dir) {
        workflowDirectory = dir;
    }

    /** knime:// URLs: knime.workflow resolves to a file URL in the workflow folder; other hosts are not local. */
    private static final class KnimeUrlHandler extends URLStreamHandler {

        @Override
        protected URLConnection openConnection(final URL u) throws IOException {
            if (!WORKFLOW_HOST.equals(u.getHost())) {
                throw new IOException("Mountpoint or host '" + u.getHost() + "' of " + u + " is not known");
            }
            Path dir = workflowDirectory;
            if (dir == null) {
                throw new IOException("No workflow context available to resolve " + u);
            }
            String relative = u.getPath().startsWith("/") ? u.getPath().substring(1) : u.getPath();
            URL file = dir.resolve(java.net.URLDecoder.decode(relative, java.nio.charset.StandardCharsets.UTF_8))
                .normalize().toUri().toURL();
            return new URLConnection(file) {
                @Override
                public void connect() {
                    connected = true;
                }
            };
        }
    }
}
