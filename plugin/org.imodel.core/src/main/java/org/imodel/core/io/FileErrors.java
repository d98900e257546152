package org.imodel.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * Sentences for file-system errors, instead of the Java runtime's bare texts ("Is a directory", a bare path, "Input
 * length = 1", "Unexpected end of ZLIB input stream").
 */
public final class FileErrors {

    private FileErrors() {
    }

    /**
     * @param e an I/O error
     * @return a sentence saying what went wrong with which file, without a trailing period
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + " does not exist";
        }
        if (e instanceof AccessDeniedException a) {
            return "no permission to use " + a.getFile();
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return "the folder " + d.getFile() + " is not empty";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists";
        }
        if (e instanceof FileSystemException f) {
            String why = f.getReason() == null ? "" : f.getReason();
            if (why.contains("Is a directory")) {
                return f.getFile() + " is a folder where a file is expected";
            }
            if (why.contains("Not a directory")) {
                return f.getFile() + " is a file where a folder is expected";
            }
            return (f.getFile() == null ? "" : f.getFile() + ": ") + (why.isEmpty() ? "file system error" : why);
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text (it may be UTF-16, another encoding or a binary file); save it as"
                    + " UTF-8 text";
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return "the file is truncated or not in the expected format";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "input/output error (" + e.getClass().getSimpleName() + ")";
        }
        if (message.contains("No space left on device")) {
            return "the disk is full";
        }
        if (message.contains("Is a directory")) {
            return "a folder was given where a file is expected";
        }
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    /**
     * @param e an unchecked wrapper of an I/O error
     * @return {@link #reason(IOException)} of its cause
     */
    public static String reason(UncheckedIOException e) {
        return reason(e.getCause());
    }
}
