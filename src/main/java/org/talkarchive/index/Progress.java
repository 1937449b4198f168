package org.talkarchive.index;

import java.io.PrintStream;
import java.time.Duration;

/** Progress of long work on stderr: count, rate and ETA, at most once a second. */
public final class Progress {
    private final PrintStream out;
    private final String what;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos;
    private long done;

    public Progress(PrintStream out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    /** A progress that prints nothing, for tests and library use. */
    public static Progress silent(String what, long total) {
        return new Progress(null, what, total);
    }

    public void advance(long count) {
        done += count;
        long now = System.nanoTime();
        if (out != null && (now - lastPrintNanos > 1_000_000_000L || done == total)) {
            lastPrintNanos = now;
            double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
            double rate = done / seconds;
            long eta = rate > 0 ? (long) ((total - done) / rate) : 0;
            out.printf("%s: %d/%d (%.1f/s, ETA %s)%n", what, done, total, rate, format(Duration.ofSeconds(eta)));
        }
    }

    public double ratePerSecond() {
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        return done / seconds;
    }

    private static String format(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
