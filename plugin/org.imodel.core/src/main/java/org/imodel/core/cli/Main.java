package org.imodel.core.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.djl.DjlRuntime;
import org.imodel.core.training.ImodelTrainer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code imodel} command line (picocli): the same engine code the KNIME nodes call. {@code imodel --help},
 * {@code imodel <command> --help} and {@code imodel --version} print to standard output and exit 0. Errors print
 * one clear line (no stack trace) and exit 1 (bad data, files or a failed run) or 2 (wrong usage).
 */
@Command(name = "imodel", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, showDefaultValues = true,
        versionProvider = Main.Version.class, usageHelpAutoWidth = true, sortOptions = false,
        description = "iMODEL battery capacity-degradation forecasts: read and convert data, simulate cells,"
                + " extract features, train, evaluate, build scenarios of future use, forecast cells under them,"
                + " score forecasts, interpret the experts, run the paper's baselines.",
        subcommands = {ReadCommand.class, ConvertCommand.class, SimulateCommand.class, FeaturesCommand.class,
            TrainCommand.class, EvaluateCommand.class, ScenariosCommand.class, PredictCommand.class,
            InterpretCommand.class, ScoreCommand.class, BaselineCommand.class,
            ImportReferenceCommand.class, BenchCommand.class,
            DemoCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:bad data or files, or the run failed (one line says what and what to do)",
            "2:wrong usage (unknown command or option, missing or invalid value)"},
        footer = {"", "Outputs are written next to their target and moved into place only when the command"
                + " succeeds; a failed run leaves earlier outputs unchanged. IMODEL_DEBUG=1 prints stack traces"
                + " of unexpected errors."})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

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
     * @return exit status: 0 ok, 1 data, file or run error, 2 wrong usage
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        DjlRuntime.configureOffline();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Failures::usage);
        cli.setExecutionExceptionHandler(Failures::failure);
        return cli.execute(args.toArray(String[]::new));
    }

    /** {@code imodel} without a command: the list of commands on the error output, exit 2. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** The version line of {@code imodel --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"imodel " + ImodelTrainer.IMODEL_VERSION + " (iMODEL for KNIME engine), Java "
                    + System.getProperty("java.version")};
        }
    }
}
