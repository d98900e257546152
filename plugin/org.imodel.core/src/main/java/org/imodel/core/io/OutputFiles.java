package org.imodel.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files one command writes, committed all together or not at all. Each output is checked when it is declared
 * (before any work): its folder must exist, it must not be a folder, one of the inputs, or inside an input folder
 * being read. Content is written to a hidden temporary file next to the target; {@link #commit()} moves every
 * temporary file into place (an atomic rename where the file system allows it) once the whole command succeeded.
 * {@link #close()} without a commit deletes the temporary files (and folders this object created while still
 * empty), so a failed run leaves previous outputs byte-identical and no partial file. Temporary files of a JVM that
 * is stopped (Ctrl-C) are deleted by a shutdown hook.
 */
public final class OutputFiles implements AutoCloseable {

    private static final Set<Path> PENDING = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::deletePending, "imodel-output-cleanup"));
    }

    private final List<Path> inputs = new ArrayList<>();
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final Set<Path> declared = new LinkedHashSet<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private boolean committed;

    /**
     * @param inputs the files and folders the command reads (outputs may be none of them nor inside them)
     */
    public OutputFiles(Collection<Path> inputs) {
        this.inputs.addAll(inputs);
    }

    /**
     * Checks an output file now, before any work.
     *
     * @param target the file to write
     * @return target
     * @throws OutputException when the file cannot be an output; the message says why and what to do
     */
    public Path file(Path target) throws OutputException {
        Path folder = parent(target);
        if (!Files.isDirectory(folder)) {
            throw new OutputException("The folder " + folder + " for the output " + target.getFileName()
                    + (Files.exists(folder) ? " is a file, not a folder." : " does not exist.")
                    + " Create it first or choose another output path.");
        }
        if (Files.isDirectory(target)) {
            throw new OutputException("The output " + target + " is a folder. Give a file name, e.g. "
                    + target.resolve("out.csv") + ".");
        }
        if (Files.exists(target) && !Files.isWritable(target) || !Files.isWritable(folder)) {
            throw new OutputException("The output " + target + " cannot be written (no permission to write "
                    + (Files.exists(target) ? "the file" : "in " + folder) + "). Choose another output path.");
        }
        refuseInputs(target);
        if (!declared.add(key(target))) {
            throw new OutputException("The output " + target + " is given twice. Give each output its own name.");
        }
        return target;
    }

    /**
     * Checks an output folder now and creates it when it is missing (its parent must exist). A folder created here
     * is removed again by {@link #close()} when the command fails and leaves it empty.
     *
     * @param folder the folder to write files into
     * @return folder
     * @throws OutputException when the folder cannot be an output
     */
    public Path folder(Path folder) throws OutputException {
        Path parent = parent(folder);
        if (!Files.isDirectory(parent)) {
            throw new OutputException("The folder " + parent + " for the output folder " + folder.getFileName()
                    + " does not exist. Create it first or choose another output folder.");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputException("The output folder " + folder + " is a file. Choose a folder name.");
        }
        refuseInputs(folder);
        if (!Files.exists(folder)) {
            try {
                Files.createDirectory(folder);
            } catch (IOException e) {
                throw new OutputException("The output folder " + folder + " cannot be created ("
                        + FileErrors.reason(e) + "). Choose another output folder.");
            }
            createdFolders.add(folder);
        }
        return folder;
    }

    /**
     * @param target a file declared by {@link #file(Path)} (or inside a folder declared by {@link #folder(Path)})
     * @return a new temporary file next to target, to be moved onto target by {@link #commit()}
     * @throws IOException when it cannot be created
     */
    public Path stage(Path target) throws IOException {
        Path key = key(target);
        if (!declared.contains(key) && !insideDeclaredFolder(target)) {
            file(target);
        }
        if (staged.containsKey(key)) {
            throw new IllegalStateException(target + " is staged twice");
        }
        Path temp = Files.createTempFile(parent(target), "." + target.getFileName() + ".", ".part");
        synchronized (PENDING) {
            PENDING.add(temp);
        }
        staged.put(key, temp);
        return temp;
    }

    /**
     * @param target a declared output file
     * @return a UTF-8 writer onto a temporary file next to target
     * @throws IOException when the file cannot be created
     */
    public Writer writer(Path target) throws IOException {
        return Files.newBufferedWriter(stage(target), StandardCharsets.UTF_8);
    }

    /**
     * @param target a declared output file
     * @return a stream onto a temporary file next to target
     * @throws IOException when the file cannot be created
     */
    public OutputStream stream(Path target) throws IOException {
        return Files.newOutputStream(stage(target));
    }

    /**
     * Moves every staged file onto its target, replacing what was there.
     *
     * @throws IOException when a file cannot be moved; the message names the outputs already replaced
     */
    public void commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            try {
                move(e.getValue(), e.getKey());
            } catch (IOException ex) {
                throw new IOException("Could not move the finished output into place at " + e.getKey() + " ("
                        + FileErrors.reason(ex) + ")" + (done.isEmpty() ? "" : "; already replaced: " + done)
                        + ". Check the folder's permissions and free space.", ex);
            }
            forget(e.getValue());
            done.add(e.getKey());
        }
        committed = true;
    }

    /** Deletes the temporary files not committed and the folders created here that stayed empty. */
    @Override
    public void close() {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // best effort: a hidden .part file may stay behind
            }
            forget(temp);
        }
        staged.clear();
        if (!committed) {
            for (int i = createdFolders.size() - 1; i >= 0; i--) {
                try (var entries = Files.list(createdFolders.get(i))) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(createdFolders.get(i));
                    }
                } catch (IOException e) {
                    // leave the folder
                }
            }
        }
    }

    private void refuseInputs(Path target) throws OutputException {
        Path t = key(target);
        for (Path input : inputs) {
            if (t.equals(key(input))) {
                throw new OutputException("The output " + target + " is also an input; writing it would destroy"
                        + " the data being read. Choose another output path.");
            }
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input) && t.startsWith(key(input))) {
                throw new OutputException("The output " + target + " lies inside the folder " + input
                        + ", which is being read; the output would be read as input. Write it outside that folder.");
            }
        }
    }

    private boolean insideDeclaredFolder(Path target) {
        Path folder = parent(target).toAbsolutePath().normalize();
        for (Path f : createdFolders) {
            if (f.toAbsolutePath().normalize().equals(folder)) {
                return true;
            }
        }
        return false;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path parent(Path p) {
        Path parent = p.toAbsolutePath().normalize().getParent();
        return parent == null ? p.toAbsolutePath().getRoot() : parent;
    }

    /** @return the path with its existing part resolved (links, "..") so that equal files compare equal */
    private static Path key(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        List<String> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest.add(0, existing.getFileName().toString());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            for (String part : rest) {
                real = real.resolve(part);
            }
            return real;
        } catch (IOException e) {
            return abs;
        }
    }

    private static void forget(Path temp) {
        synchronized (PENDING) {
            PENDING.remove(temp);
        }
    }

    private static void deletePending() {
        synchronized (PENDING) {
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // the JVM is ending
                }
            }
        }
    }

    /** An output that cannot be written: the message says why and what to do. */
    public static final class OutputException extends IOException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message why and what to do
         */
        public OutputException(String message) {
            super(message);
        }
    }
}
