package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.index.IndexLocation;
import org.talkarchive.testing.CliProcess;
import org.talkarchive.testing.ForeignCorpus;

/**
 * A corrupt, truncated or half-deleted index at start-up: `search` exits with one line naming the index, `serve`
 * says so and rebuilds from the corpus. Never a stack trace.
 */
class DamagedIndexTest {

    @TempDir
    Path temp;

    @Test
    void damagedIndexIsOneLineForSearchAndRebuiltByServe() throws Exception {
        ForeignCorpus corpus = ForeignCorpus.in(temp, 11).oneTopic().talks(5, 0);
        Path index = temp.resolve("index");
        assertEquals(0, IndexFaultsTest.startIndex(corpus, index).waitFor(IndexFaultsTest.RUN));
        Path gen = IndexFaultsTest.current(index);
        Path intact = temp.resolve("intact");
        copy(gen, intact);

        truncate(largest(gen));
        assertRefused(index, "search: the index in " + index + " cannot be read (gen-1: ");
        restore(intact, gen);
        overwrite(largest(gen));
        assertRefused(index, "search: the index in " + index + " cannot be read (gen-1: ");
        restore(intact, gen);
        deleteEveryOther(gen);
        assertRefused(index, "search: the index in " + index + " cannot be read (gen-1: ");
        restore(intact, gen);
        new IndexLocation(index).discard(gen);
        assertRefused(index, "search: the index in " + index + " cannot be read (CURRENT names no generation folder)");
        restore(intact, gen);

        truncate(largest(gen));
        try (CliProcess serve = startServe(index, corpus)) {
            serve.awaitLine(line -> line.startsWith("the index in " + index + " cannot be read (gen-1: ")
                    && line.endsWith("rebuilding it from " + corpus.dir()), IndexFaultsTest.RUN);
            serve.awaitLine(line -> line.startsWith("talk-archive serving 5 talks"), IndexFaultsTest.RUN);
            assertNoStackTrace(serve.output());
        }
        assertEquals(5, IndexFaultsTest.talks(index));
        assertFalse(Files.exists(gen), "the damaged generation is removed once the rebuilt one is served");
    }

    private static void assertRefused(Path index, String start) throws Exception {
        CliProcess search = CliProcess.start(index.getParent(), "search", "--index", index.toString(), "dataset");
        assertEquals(1, search.waitFor(IndexFaultsTest.RUN), search.output());
        assertNoStackTrace(search.output());
        // The JVM may warn before (incubator modules): the problem is the last line.
        String last = search.output().lines().toList().getLast();
        assertTrue(last.startsWith(start), last);
        assertTrue(last.endsWith("rebuild it with `index --corpus corpus --index " + index + "`"), last);
    }

    static void assertNoStackTrace(String output) {
        assertFalse(output.lines().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception in thread")
                || line.matches("^[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error).*")), output);
    }

    private static CliProcess startServe(Path index, ForeignCorpus corpus) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return CliProcess.start(index.getParent(), "serve", "--index", index.toString(), "--corpus",
                corpus.dir().toString(), "--model", IndexFaultsTest.MODEL, "--port", String.valueOf(port));
    }

    private static Path largest(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.max(Comparator.comparingLong(DamagedIndexTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** The same length of random bytes, as a disk error or a stray write leaves a file. */
    private static void overwrite(Path file) throws IOException {
        byte[] bytes = new byte[(int) Files.size(file)];
        new Random(3).nextBytes(bytes);
        Files.write(file, bytes);
    }

    private static void deleteEveryOther(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        for (int i = 0; i < files.size(); i += 2) {
            Files.delete(files.get(i));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void restore(Path intact, Path gen) throws IOException {
        new IndexLocation(gen.getParent()).discard(gen);
        copy(intact, gen);
    }
}
