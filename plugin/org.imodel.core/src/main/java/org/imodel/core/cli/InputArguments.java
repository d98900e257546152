package org.imodel.core.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Parameters;

/** The positional inputs of the reading commands: one or more files or folders, read in the order given. */
final class InputArguments {

    @Parameters(arity = "1..*", paramLabel = "<file|folder>", description = "Input files or folders (folders are"
            + " read with all their files); several are read in the order given.")
    List<Path> inputs;
}
