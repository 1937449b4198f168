package org.talkarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.talkarchive.corpus.CorpusException;
import picocli.CommandLine;

/**
 * What a command-line user sees when a command fails: one line per problem ({@code corpus/talks/x.md:12: ...} for a
 * corpus, the file and the reason for an I/O failure) and a non-zero exit code, never a stack trace unless
 * {@code --verbose} asks for it.
 */
final class CommandErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** A corpus, file or index the user pointed at is unusable. */
    static final int USER_PROBLEM = 1;
    /** A fault in the program itself (a bug); the one line says so. */
    static final int INTERNAL = 70;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        String name = command.getCommandName();
        if (e instanceof CorpusException corpus) {
            corpus.problems().forEach(p -> err.println(p));
            err.println(corpus.problems().size() + " problem(s) in the corpus; nothing was changed.");
        } else {
            err.println(name + ": " + oneLine(e) + (isUserProblem(e) || !hasVerbose(parsed) ? ""
                    : "; run with --verbose for details"));
        }
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return isUserProblem(e) ? USER_PROBLEM : INTERNAL;
    }

    /** A bad option or argument: the one line picocli gives, naming the option, instead of the whole usage text. */
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandName();
        String message = e.getMessage() == null ? "bad arguments" : e.getMessage();
        String first = message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
        command.getErr().println(name + ": " + first.replaceAll("\\s*\\R\\s*", " ") + " (see " + name + " --help)");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The failure in one line: what could not be done, to which file, and why. */
    static String oneLine(Throwable e) {
        // An UncheckedIOException only carries an IOException: say what failed, then the I/O reason.
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String text = describe(t);
        Throwable why = t != e ? t : e.getCause();
        String outer = t != e ? e.getMessage() : text;
        if (why != null && outer != null) {
            String reason = describe(why);
            text = outer.contains(reason) ? outer : outer + " (" + reason + ")";
        }
        if (!isUserProblem(e)) {
            text = "internal error (" + t.getClass().getSimpleName() + "): " + text;
        }
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String describe(Throwable t) {
        return switch (t) {
            case NoSuchFileException f -> "no such file or folder: " + f.getFile();
            case AccessDeniedException f -> "permission denied: " + f.getFile();
            case FileSystemException f when f.getReason() != null -> f.getFile() + ": " + f.getReason();
            default -> t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        };
    }

    private static boolean isUserProblem(Throwable e) {
        // IllegalStateException: an index built with another model, a model that is not bundled.
        return e instanceof IOException || e instanceof UncheckedIOException || e instanceof CorpusException
                || e instanceof IllegalArgumentException || e instanceof IllegalStateException;
    }

    /** Whether the command line offers --verbose at all (the hint would mislead otherwise). */
    private static boolean hasVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.commandSpec().findOption("--verbose") != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.commandSpec().findOption("--verbose") != null && r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
