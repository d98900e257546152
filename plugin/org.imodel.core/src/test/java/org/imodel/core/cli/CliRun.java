package org.imodel.core.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process, as the launcher does, and keeps what it printed. */
final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * @param args command and options
     * @return the exit status
     */
    int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** @return standard output so far */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return standard error so far */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed. */
    void reset() {
        out.reset();
        err.reset();
    }
}
