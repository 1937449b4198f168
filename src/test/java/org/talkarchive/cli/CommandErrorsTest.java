package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The one line a failing command prints, and the trace that only --verbose shows. */
class CommandErrorsTest {

    @Command(name = "fails")
    static final class Failing implements Callable<Integer> {
        final Exception error;

        @Option(names = "--verbose")
        boolean verbose;

        Failing(Exception error) {
            this.error = error;
        }

        @Override
        public Integer call() throws Exception {
            throw error;
        }
    }

    private static List<String> run(Exception error, int exit, String... args) {
        StringWriter err = new StringWriter();
        CommandErrors errors = new CommandErrors();
        int code = new CommandLine(new Failing(error)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors).execute(args);
        assertEquals(exit, code, err.toString());
        return err.toString().lines().toList();
    }

    @Test
    void fileSystemFailuresNameTheFileAndTheReason() {
        assertEquals(List.of("fails: /srv/index/gen-2/_0.cfs: No space left on device"),
                run(new FileSystemException("/srv/index/gen-2/_0.cfs", null, "No space left on device"), 1));
        assertEquals(List.of("fails: cannot write x (y)"), run(new IOException("cannot write x", new IOException("y")), 1));
    }

    @Test
    void aBugIsOneLineAndVerboseAddsTheTrace() {
        List<String> quiet = run(new NullPointerException("no talk"), CommandErrors.INTERNAL);
        assertEquals(List.of("fails: internal error (NullPointerException): no talk; run with --verbose for details"),
                quiet);
        List<String> verbose = run(new NullPointerException("no talk"), CommandErrors.INTERNAL, "--verbose");
        assertEquals(quiet.getFirst(), verbose.getFirst());
        assertTrue(verbose.stream().anyMatch(line -> line.startsWith("\tat ")), verbose.toString());
    }

    @Test
    void unknownOptionsAreOneLine() {
        assertEquals(List.of("fails: unknown option: '--nope' (see fails --help)"), run(new IOException(), 2, "--nope"));
    }
}
