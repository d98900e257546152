package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Base of the commands: picocli parses the options into the subclass's fields and calls {@link #call()}, which runs
 * {@link #execute(PrintWriter)} and returns exit status 0. Errors are thrown and printed as one line by
 * {@link Failures} (exit 1); {@link #usage(String)} makes a wrong-usage error (exit 2).
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        execute(spec.commandLine().getOut());
        return 0;
    }

    /**
     * Runs the command: checks inputs and outputs first, then does the work.
     *
     * @param out standard output
     * @throws Exception any error, printed as one line by {@link Failures}
     */
    abstract void execute(PrintWriter out) throws Exception;

    /**
     * @param message what is wrong with the command line
     * @return a wrong-usage error for this command
     */
    final ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * @param model a model file the command reads
     * @throws IOException when it is missing or a folder
     */
    static void requireModelFile(Path model) throws IOException {
        if (!Files.isRegularFile(model)) {
            throw new IOException(model + (Files.isDirectory(model) ? " is a folder, not a model file."
                    : " does not exist.") + " Choose a model written by imodel train or import-reference.");
        }
    }

    /**
     * @param inputs files or folders the command reads
     * @throws IOException naming the first one that does not exist
     */
    static void requireExisting(Collection<Path> inputs) throws IOException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IOException(p + " does not exist. Choose an existing file or folder.");
            }
        }
    }
}
