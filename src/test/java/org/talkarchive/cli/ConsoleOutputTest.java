package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.testing.CorpusCopy;

/**
 * What the commands print, from real runs of {@code talk-archive} in their own JVMs (the test classpath, the real
 * model), with stdout and stderr written to files as a service manager or {@code 2>log} would.
 */
class ConsoleOutputTest {

    /** The noise a default run used to print: DJL's CUDA probes and INFO lines, Lucene's JVM-flag advice. */
    private static final List<String> NOISE = List.of("CUDA", "INFO", "WARN", "Onnx extension", "incubator",
            "Javalin", "Static file handler");

    @TempDir
    static Path dir;
    private static Path corpus;
    private static Path index;
    private static Run indexed;

    record Run(int exit, List<String> out, List<String> err) {
    }

    @BeforeAll
    static void indexOnce() throws Exception {
        corpus = CorpusCopy.of(dir).dir();
        index = dir.resolve("index");
        indexed = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    }

    @Test
    void indexPrintsOneProgressLineAndOneSummaryAndNothingElse() {
        assertEquals(0, indexed.exit(), indexed.toString());
        assertEquals(1, indexed.out().size(), indexed.out().toString());
        assertTrue(indexed.out().get(0).startsWith("indexed 30 talks"), indexed.out().get(0));
        // Not a terminal: no carriage returns; a line after the first second, then at most every 30 s, and at the end.
        assertTrue(!indexed.err().isEmpty(), "the final progress line");
        for (String line : indexed.err()) {
            assertTrue(line.matches("embedding: \\d+/\\d+ \\([\\d.]+/s, ETA \\S+\\)"), line);
        }
        assertTrue(indexed.err().getLast().startsWith("embedding: 30/30"), indexed.err().toString());
    }

    @Test
    void quietPrintsNothingAndVerboseShowsTheLibrariesLogs() throws Exception {
        Run quiet = run("--quiet", "index", "--corpus", corpus.toString(), "--index", dir.resolve("quiet").toString());
        assertEquals(new Run(0, List.of(), List.of()), quiet);
        Run verbose = run("--verbose", "search", "--index", index.toString(), "--mode", "semantic", "skin");
        assertEquals(0, verbose.exit(), verbose.toString());
        assertTrue(String.join("\n", verbose.err()).contains("INFO"), "DJL's INFO lines: " + verbose.err());
    }

    @Test
    void servingStartsWithOneLineNamingUrlTalksModelAndIndex() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = dir.resolve("serve.out");
        Path err = dir.resolve("serve.err");
        Process serve = command("serve", "--index", index.toString(), "--port", String.valueOf(port))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (Files.readAllLines(err).isEmpty() && Instant.now().isBefore(deadline) && serve.isAlive()) {
                Thread.sleep(200);
            }
            HttpResponse<String> talks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/talks")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, talks.statusCode());
            // The model loads in the background; its libraries must stay quiet too.
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/search?q=skin&mode=semantic")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(List.of("talk-archive serving 30 talks at http://localhost:" + port
                    + " (model bge-small-en-v1.5-q, index gen-1)"), Files.readAllLines(err));
            assertEquals(List.of(), Files.readAllLines(out));
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void anErrorIsOneLineAndItsStackTraceIsForVerbose() throws Exception {
        Run plain = run("search", "--index", dir.resolve("none").toString(), "skin");
        assertEquals(1, plain.exit());
        assertEquals(1, plain.err().size(), plain.err().toString());
        assertTrue(plain.err().get(0).startsWith("search: no index in "), plain.err().get(0));
        Run verbose = run("--verbose", "search", "--index", dir.resolve("none").toString(), "skin");
        assertTrue(verbose.err().stream().anyMatch(l -> l.startsWith("\tat org.talkarchive.")), verbose.err().toString());
    }

    @Test
    void versionNamesTheBuildAndTheModel() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().get(0).matches("talk-archive \\d+\\.\\d+\\.\\d+\\S*"), version.out().toString());
        assertTrue(version.out().get(1).contains("bge-small-en-v1.5-q"), version.out().toString());
    }

    @Test
    void noLibraryNoiseInTheDefaultRuns() {
        for (String line : indexed.err()) {
            NOISE.forEach(noise -> assertTrue(!line.contains(noise), line));
        }
    }

    private static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DJL_OFFLINE", "true");
        return builder;
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = command(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("talk-archive " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }
}
