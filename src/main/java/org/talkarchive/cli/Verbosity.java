package org.talkarchive.cli;

/**
 * How much the commands say on stderr, from the global {@code --quiet} and {@code --verbose} options. Normal: one
 * line when serving starts, one progress line, one summary, warnings and errors as one line each. Quiet: errors only.
 * Verbose: also the libraries' INFO logs (DJL, ONNX Runtime, Javalin, Lucene) and the stack trace of an error.
 */
public enum Verbosity {
    QUIET, NORMAL, VERBOSE;

    private static volatile Verbosity current = NORMAL;

    public static Verbosity current() {
        return current;
    }

    static void set(Verbosity verbosity) {
        current = verbosity;
    }

    public boolean quiet() {
        return this == QUIET;
    }

    public boolean verbose() {
        return this == VERBOSE;
    }
}
