package org.imodel.knime.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.knime.core.node.InvalidSettingsException;

/** The one check of the file or folder a source node reads. */
public final class Locations {

    private Locations() {
    }

    /**
     * @param folder whether a folder (else a file) is expected
     * @param text the chosen path, may be null or blank
     * @param what what the folder or file holds, for the message (e.g. "folder with the per-cycle .csv files")
     * @return the existing path
     * @throws InvalidSettingsException naming the missing choice or path and what to choose
     */
    public static Path existing(boolean folder, String text, String what) throws InvalidSettingsException {
        String kind = folder ? "folder" : "file";
        if (text == null || text.isBlank()) {
            throw new InvalidSettingsException("No " + kind + " chosen. Choose the " + what + " in the dialog.");
        }
        Path path = Paths.get(text.strip());
        if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            throw new InvalidSettingsException((folder ? "Folder " : "File ") + path + " does not exist. Choose an"
                    + " existing " + kind + " in the dialog.");
        }
        return path;
    }
}
