package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.djl.DjlRuntime;
import org.imodel.core.djl.DjlUnavailableException;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;

/**
 * The {@code imodel} command line: the same engine code the KNIME nodes call. Errors print one clear line (no
 * stack trace) and exit with status 2 (usage) or 1 (data or I/O).
 */
public final class Main {

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage:",
            "  " + ReadCommand.USAGE,
            "  " + ConvertCommand.USAGE,
            "  " + SimulateCommand.USAGE,
            "  " + FeaturesCommand.USAGE,
            "  " + TrainCommand.USAGE,
            "  " + EvaluateCommand.USAGE,
            "  " + ImportReferenceCommand.USAGE,
            "  " + BenchCommand.USAGE,
            "  " + DemoCommand.USAGE);

    private Main() {
    }

    /**
     * @param args command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Runs a command.
     *
     * @param args command and arguments
     * @param out standard output
     * @param err error output
     * @return exit status: 0 ok, 1 data or I/O error, 2 wrong usage
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        DjlRuntime.configureOffline();
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            out.println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "read":
                    ReadCommand.run(rest, out);
                    return 0;
                case "features":
                    FeaturesCommand.run(rest, out);
                    return 0;
                case "convert":
                    ConvertCommand.run(rest, out);
                    return 0;
                case "simulate":
                    SimulateCommand.run(rest, out);
                    return 0;
                case "train":
                    TrainCommand.run(rest, out);
                    return 0;
                case "evaluate":
                    EvaluateCommand.run(rest, out);
                    return 0;
                case "import-reference":
                    ImportReferenceCommand.run(rest, out);
                    return 0;
                case "demo":
                    DemoCommand.run(rest, out);
                    return 0;
                case "bench":
                    BenchCommand.run(rest, out);
                    return 0;
                default:
                    err.println("imodel: unknown command '" + args.get(0) + "'");
                    err.println(USAGE);
                    return 2;
            }
        } catch (Args.UsageException e) {
            err.println("imodel " + args.get(0) + ": " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (DataFormatException | IOException | CancelledException | IllegalArgumentException e) {
            err.println("imodel " + args.get(0) + ": " + e.getMessage());
            return 1;
        } catch (DjlUnavailableException | IllegalStateException e) {
            // the engine could not start, or training failed (e.g. a diverging loss): one line, no stack trace
            err.println("imodel " + args.get(0) + ": " + e.getMessage());
            return 1;
        }
    }
}
