package org.talkarchive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar talk-archive.jar COMMAND}: index, search, serve, eval, bench, import. */
@Command(name = "talk-archive", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A searchable archive of recorded research talks.",
        subcommands = {IndexCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class,
                BenchCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    static {
        // Before any DJL class loads: never reach the network (DJL otherwise probes 169.254.169.254).
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.disable_tracking", "true");
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print errors only: no progress, no summary, no serving line.")
    void quiet(boolean on) {
        if (on) {
            Verbosity.set(Verbosity.QUIET);
        }
    }

    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Also print the libraries' logs (DJL, ONNX Runtime, Lucene, Javalin) and errors' stack traces.")
    void verbose(boolean on) {
        if (on) {
            Verbosity.set(Verbosity.VERBOSE);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        Verbosity.set(Verbosity.NORMAL);
        CommandErrors errors = new CommandErrors();
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(parsed -> {
                    // After the options are read, before any command creates a logger.
                    Logging.configure(Verbosity.current());
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
