package org.talkarchive.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The archive's command line run as a child JVM, as a user runs it, so a test can read what it prints, kill it
 * with SIGKILL at a chosen moment, or give it resource limits. Standard output and error are read as one stream.
 */
public final class CliProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private CliProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().start(this::readLines);
    }

    /** Starts {@code talk-archive ARGS...} in {@code workDir}. */
    public static CliProcess start(Path workDir, String... args) {
        return start(workDir, List.of(), args);
    }

    /**
     * @param shellPrefix commands run by {@code sh -c} before the JVM replaces the shell, e.g. {@code ulimit -f 64}
     */
    public static CliProcess start(Path workDir, List<String> shellPrefix, String... args) {
        // C1 only and the serial collector: these runs are short, and start about a third faster so.
        List<String> java = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.talkarchive.cli.Main"));
        java.addAll(List.of(args));
        List<String> command = java;
        if (!shellPrefix.isEmpty()) {
            StringBuilder script = new StringBuilder();
            shellPrefix.forEach(s -> script.append(s).append(" && "));
            script.append("exec \"$@\"");
            command = new ArrayList<>(List.of("sh", "-c", script.toString(), "sh"));
            command.addAll(java);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("DJL_OFFLINE", "true");
        try {
            return new CliProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElseThrow(() -> new AssertionError("no java executable"));
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed: its output ends here.
        }
    }

    /** Waits for a printed line that matches; fails the test when the process ends or the time is up first. */
    public String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (match.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    throw new AssertionError("no matching line within " + timeout + "; printed:\n" + output());
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    /** SIGKILL: the process gets no chance to clean up, as after a power cut or the OOM killer. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(5000);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("still running after " + timeout + "; printed:\n" + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything printed so far. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
