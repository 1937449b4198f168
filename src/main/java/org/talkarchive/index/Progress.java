package org.talkarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Progress of long work: count, rate and ETA. On a terminal one line is rewritten in place (at most a few times a
 * second) and ended when the work is done; written to a file or a pipe, where rewriting makes a mess of the log,
 * a line appears after the first second (so a log shows the work started and its rate), then at most every
 * {@link #SPARSE_SECONDS} seconds, and once at the end.
 */
public final class Progress {

    static final long SPARSE_SECONDS = 30;
    private static final long TERMINAL_NANOS = 250_000_000L;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos;
    private long done;
    private boolean printed;

    /** Progress on {@code out}, rewritten in place when {@code out} is stderr and stderr is a terminal. */
    public Progress(PrintStream out, String what, long total) {
        this(out, what, total, out == System.err && stderrIsTerminal());
    }

    Progress(PrintStream out, String what, long total, boolean terminal) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
        this.lastPrintNanos = startNanos;
    }

    /** A progress that prints nothing, for tests and library use. */
    public static Progress silent(String what, long total) {
        return new Progress(null, what, total, false);
    }

    public synchronized void advance(long count) {
        done += count;
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        boolean finished = done >= total;
        long interval = terminal ? TERMINAL_NANOS : printed ? SPARSE_SECONDS * 1_000_000_000L : 1_000_000_000L;
        if (!finished && now - lastPrintNanos < interval) {
            return;
        }
        lastPrintNanos = now;
        printed = true;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? (long) ((total - done) / rate) : 0;
        String line = "%s: %d/%d (%.1f/s, ETA %s)".formatted(what, done, total, rate, format(Duration.ofSeconds(eta)));
        if (terminal) {
            // Back to the line's start, and clear what a longer previous line left.
            out.print("\r" + line + "\033[K" + (finished ? System.lineSeparator() : ""));
            out.flush();
        } else {
            out.println(line);
        }
    }

    public double ratePerSecond() {
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        return done / seconds;
    }

    /**
     * Whether stderr is a terminal. Java tells only whether the process has a console (stdin and stdout); on Linux
     * the file descriptor itself says, which also gets {@code 2>log} right when stdout is still a terminal.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall back to the console check below
        }
        return System.console() != null;
    }

    private static String format(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
