package org.imodel.core.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments: positional values, {@code --name value} options and {@code --flag} switches. */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /**
     * @param args the arguments after the command name
     * @param flags option names that take no value
     */
    Args(List<String> args, Set<String> flags) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (flags.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.size()) {
                    options.put(name, args.get(++i));
                } else {
                    throw new UsageException("option --" + name + " needs a value");
                }
            } else {
                positional.add(a);
            }
        }
    }

    String positional(int i, String what) throws UsageException {
        if (i >= positional.size()) {
            throw new UsageException("missing " + what);
        }
        return positional.get(i);
    }

    String option(String name, String fallback) {
        used.add(name);
        return options.getOrDefault(name, fallback);
    }

    String required(String name) throws UsageException {
        String v = option(name, null);
        if (v == null) {
            throw new UsageException("missing option --" + name);
        }
        return v;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(option(name, "false"));
    }

    int intOption(String name, int fallback) throws UsageException {
        String v = option(name, null);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    double doubleOption(String name, double fallback) throws UsageException {
        String v = option(name, null);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + v + "'");
        }
    }

    /** @throws UsageException when an option was given that the command does not know */
    void rejectUnknown() throws UsageException {
        for (String name : options.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }

    /** A wrong command line; the message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
