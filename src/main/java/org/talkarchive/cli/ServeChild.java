package org.talkarchive.cli;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} run as a child JVM, as an operator starts it, for the figures only its own process shows: the time
 * from starting the process to its first answer (JVM start, class loading, index open, model load) and its resident
 * memory. The rate limit is off (the bench is one client address making many requests).
 */
final class ServeChild implements AutoCloseable {

    /** The heap limit the README's and docs/deploy.md's command lines give java (bench --serve-heap changes it). */
    static final String DEFAULT_HEAP = "512m";
    /**
     * The flags those command lines give java. The heap is capped as they cap it: left to itself the JVM takes up to a
     * quarter of the machine and keeps what it took (2.2 GB resident at 21,712 talks, whose searcher holds 236 MiB
     * live).
     */
    private static final List<String> JVM_FLAGS = List.of("-Xmx" + DEFAULT_HEAP, "--add-modules",
            "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    /** Writing an AOT cache on exit takes a few seconds more than a plain stop. */
    private static final Duration STOP_LIMIT = Duration.ofMinutes(1);

    private final Process process;
    private final Path log;
    private final String base;
    private final double startUpMillis;

    private ServeChild(Process process, Path log, String base, double startUpMillis) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.startUpMillis = startUpMillis;
    }

    /** Starts serve on a free port and waits until {@code firstPath} answers 200. */
    static ServeChild start(Path index, String firstPath) throws IOException, InterruptedException {
        return start(index, firstPath, List.of());
    }

    /**
     * The same, giving java {@code jvmFlags} after the usual ones (another heap limit: the last -Xmx counts; an
     * ahead-of-time cache to write or use).
     */
    static ServeChild start(Path index, String firstPath, List<String> jvmFlags)
            throws IOException, InterruptedException {
        return start(index, firstPath, jvmFlags, System.getProperty("java.class.path"));
    }

    /** The same with another class path (an AOT cache can only be made of classes in jars, not class folders). */
    static ServeChild start(Path index, String firstPath, List<String> jvmFlags, String classPath)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_FLAGS);
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classPath, Main.class.getName(), "--quiet", "serve",
                "--index", index.toString(), "--port", String.valueOf(port), "--rate-limit", "0"));
        Path log = Files.createTempFile("bench-serve", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        String base = "http://localhost:" + port;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("serve exited with " + process.exitValue() + ": " + readAndDelete(log));
            }
            if (System.nanoTime() - start > START_LIMIT.toNanos()) {
                process.destroyForcibly();
                throw new IOException("serve did not answer within " + START_LIMIT + ": " + readAndDelete(log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + firstPath)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return new ServeChild(process, log, base, (System.nanoTime() - start) / 1e6);
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
    }

    private static String readAndDelete(Path log) throws IOException {
        String text = Files.readString(log);
        Files.delete(log);
        return text;
    }

    long pid() {
        return process.pid();
    }

    String base() {
        return base;
    }

    /** Whether this JVM's class path is all jars, as the AOT cache needs (a build's class folders are not). */
    static boolean runsFromJars() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .noneMatch(entry -> Files.isDirectory(Path.of(entry)));
    }

    /** From starting the process to the first 200 answer. */
    double startUpMillis() {
        return startUpMillis;
    }

    /** The process's resident set (VmRSS) now, in MiB. */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS in /proc/" + process.pid() + "/status");
    }

    /** Stops serve as an operator does (SIGTERM: shutdown hooks run, and a JVM writes its AOT cache on the way out). */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // the JVM that writes an AOT cache
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }
}
