package org.imodel.knime.common;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * The one check of the file or folder a source node reads: a local path, or a KNIME URL such as
 * {@code knime://knime.workflow/data} (a path relative to the workflow folder, so that a workflow carries its data
 * with it), resolved to the local path behind it as KNIME resolves it.
 */
public final class Locations {

    private static final String KNIME_URL = "knime:";

    private Locations() {
    }

    /**
     * @param folder whether a folder (else a file) is expected
     * @param text the chosen path or knime:// URL, may be null or blank
     * @param what what the folder or file holds, for the message (e.g. "folder with the per-cycle .csv files")
     * @return the existing path
     * @throws InvalidSettingsException naming the missing choice or path and what to choose
     */
    public static Path existing(boolean folder, String text, String what) throws InvalidSettingsException {
        String kind = folder ? "folder" : "file";
        if (text == null || text.isBlank()) {
            throw new InvalidSettingsException("No " + kind + " chosen. Choose the " + what + " in the dialog.");
        }
        Path path = resolve(text.strip(), kind);
        if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            throw new InvalidSettingsException((folder ? "Folder " : "File ") + path + " does not exist. Choose an"
                    + " existing " + kind + " in the dialog" + (text.strip().startsWith(KNIME_URL)
                            ? " (or put the " + what + " at " + text.strip() + ")." : "."));
        }
        return path;
    }

    private static Path resolve(String text, String kind) throws InvalidSettingsException {
        if (!text.startsWith(KNIME_URL)) {
            return Paths.get(text);
        }
        Path path;
        try {
            path = FileUtil.resolveToPath(FileUtil.toURL(text));
        } catch (IOException | URISyntaxException | InvalidPathException e) {
            throw new InvalidSettingsException("Cannot resolve " + text + " to a local " + kind + " (" + e.getMessage()
                    + "). Use knime://knime.workflow/<path in the workflow folder> or a local path.", e);
        }
        if (path == null) {
            throw new InvalidSettingsException(text + " is not a local " + kind + ". Copy it into the workflow folder"
                    + " and use knime://knime.workflow/<path>, or choose a local path.");
        }
        return path;
    }
}
