package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.imodel.core.djl.DjlUnavailableException;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.FileErrors;
import org.imodel.core.progress.CancelledException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every error of a command into one line on the error output: {@code imodel <command>: <what and what to
 * do>}. Our own errors keep their message; file-system errors become sentences; unexpected errors print a generic
 * line and a hint ({@code IMODEL_DEBUG=1} adds the stack trace). Exit status 2 for wrong usage, 1 otherwise.
 */
final class Failures {

    /** Environment variable that makes unexpected errors print their stack trace. */
    static final String DEBUG = "IMODEL_DEBUG";

    /** Longest message printed; longer ones (e.g. echoing a huge line) are cut in the middle. */
    static final int MAX_LENGTH = 800;

    /** Characters kept from the end of a cut message (where it says what to do). */
    private static final int KEPT_END = 240;

    private Failures() {
    }

    /** Wrong usage: the message and where to find the usage; exit 2. */
    static int usage(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        boolean top = cl.getCommandSpec().parent() == null;
        String message = e.getMessage();
        String unknown = unknownOption(cl, args);
        if (unknown != null && !(e instanceof UnmatchedArgumentException)) {
            message = "unknown option " + unknown;
        } else if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (top && !first.startsWith("-")) {
                message = "unknown command '" + first + "'";
            } else if (first.startsWith("-")) {
                message = "unknown option " + first.replaceFirst("=.*", "");
            } else {
                message = "unexpected argument '" + first + "'"
                        + (cl.getCommandSpec().positionalParameters().isEmpty() ? "; this command takes options only"
                                : "; give options with their name (--name value)");
            }
            if (!u.getSuggestions().isEmpty()) {
                message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
            }
        }
        err.println(name + ": " + cut(message));
        if (top) {
            err.println("Commands: " + String.join(", ", cl.getSubcommands().keySet()) + ". Try 'imodel --help'.");
        } else {
            err.println("Try '" + name + " --help' for its options.");
        }
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * @return the first {@code --name} of the arguments that the command does not know (picocli reports a missing
     *         required option first, which hides a misspelt one), or null
     */
    private static String unknownOption(CommandLine cl, String[] args) {
        for (String a : args) {
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.replaceFirst("=.*", "");
                if (cl.getCommandSpec().findOption(name) == null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A failed run: one line; exit 1. */
    static int failure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + cut(message(e)));
        if (isUnexpected(e) && System.getenv(DEBUG) != null) {
            e.printStackTrace(err);
        }
        return CommandLine.ExitCode.SOFTWARE;
    }

    /**
     * @param e an error
     * @return the line to print for it, without the command name
     */
    static String message(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            return message(u.getCause());
        }
        if (e instanceof DataFormatException || e instanceof CancelledException
                || e instanceof DjlUnavailableException) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            return sentence(FileErrors.reason(io));
        }
        if (!isUnexpected(e)) {
            return e.getMessage();
        }
        return "unexpected error (" + e.getClass().getSimpleName() + "). This is a bug: please report it with the"
                + " command line" + (System.getenv(DEBUG) != null ? "; the stack trace follows."
                        : "; run again with " + DEBUG + "=1 to see the stack trace.");
    }

    /**
     * @return whether e is not one of the errors our code raises with a message for the user (bad data, settings
     *         out of range, a failed run): those are plain IllegalArgumentException / IllegalStateException and our
     *         own exception classes, with a message; a NumberFormatException or NullPointerException is unexpected
     */
    private static boolean isUnexpected(Throwable e) {
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof DataFormatException
                || e instanceof CancelledException || e instanceof DjlUnavailableException) {
            return false;
        }
        boolean ours = e.getClass() == IllegalArgumentException.class || e.getClass() == IllegalStateException.class
                || e.getClass().getName().startsWith("org.imodel.");
        return !ours || e.getMessage() == null || e.getMessage().isBlank();
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    static String cut(String text) {
        String line = text == null ? "" : text.replaceAll("\\R", " ");
        return line.length() <= MAX_LENGTH ? line
                : line.substring(0, MAX_LENGTH - KEPT_END) + " [...] " + line.substring(line.length() - KEPT_END);
    }
}
