package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.embed.EmbeddingCache;
import org.talkarchive.index.IndexLocation;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CliProcess;
import org.talkarchive.testing.DelegatingEmbedder;
import org.talkarchive.testing.ForeignCorpus;
import org.talkarchive.testing.HashingEmbedder;

/**
 * Builds killed with SIGKILL at several points (the real `index` command in a child JVM): the old index stays
 * served, the next build reuses every embedding the killed ones finished, and no half-written generation is left.
 */
class IndexFaultsTest {
    static final String MODEL = "all-minilm-l6-v2-q";
    static final int MODEL_DIMENSION = 384;
    static final Duration RUN = Duration.ofMinutes(4);
    private static final Pattern SUMMARY = Pattern.compile("updated (\\d+) talks.* (\\d+) texts embedded, (\\d+) reused");
    private static final Pattern PROGRESS = Pattern.compile("embedding: (\\d+)/(\\d+) .*");

    @TempDir
    Path temp;

    @Test
    void killedBuildsLeaveTheOldIndexServedAndTheNextBuildRedoesNoFinishedEmbedding() throws Exception {
        Path index = temp.resolve("index");
        ForeignCorpus corpus = ForeignCorpus.in(temp, 7).oneTopic().talks(5, 0);
        assertEquals(0, runIndex(corpus, index).waitFor(RUN));
        Path served = current(index);
        assertEquals(5, talks(index));
        corpus.talks(120, 0);

        // 1: as soon as the new generation's folder exists (the model is loading or embedding has just begun).
        try (CliProcess build = startIndex(corpus, index)) {
            awaitFolder(build, index.resolve("gen-2"));
            build.kill();
        }
        assertServedUnchanged(index, served);
        report("kill 1 (generation folder created)", index);
        // 2: in the middle of embedding, at its first progress line.
        try (CliProcess build = startIndex(corpus, index)) {
            build.awaitLine(line -> progress(line, false), RUN);
            build.kill();
        }
        assertServedUnchanged(index, served);
        report("kill 2 (first progress line)", index);
        int cachedBeforeLastKill = cacheSize(index);
        assertTrue(cachedBeforeLastKill > 5, "the killed builds kept their embeddings: " + cachedBeforeLastKill);
        // 3: when every text is embedded and the generation is being written and published.
        try (CliProcess build = startIndex(corpus, index)) {
            build.awaitLine(line -> progress(line, true), RUN);
            build.kill();
        }
        report("kill 3 (every text embedded)", index);
        Path afterThird = current(index);
        int talksAfterThird = talks(index);
        assertTrue(afterThird.equals(served) && talksAfterThird == 5 || talksAfterThird == 125,
                "a whole old or a whole new index, never a part: " + afterThird + " " + talksAfterThird);

        int cached = cacheSize(index);
        try (CliProcess serve = startServe(index)) {
            serve.awaitLine(line -> line.startsWith("talk-archive serving " + talksAfterThird + " talks"), RUN);
            try (CliProcess build = startIndex(corpus, index)) {
                assertEquals(0, build.waitFor(RUN), build.output());
                Matcher summary = SUMMARY.matcher(build.output());
                assertTrue(summary.find(), build.output());
                // Every text is one of the corpus's 125 (one per talk); those cached are not embedded again.
                int updated = Integer.parseInt(summary.group(1));
                int embedded = Integer.parseInt(summary.group(2));
                assertEquals(125 - cached, embedded, "only what no killed build finished is embedded");
                assertEquals(updated, embedded + Integer.parseInt(summary.group(3)), "the rest comes from the cache");
                System.out.println("after the kills: " + summary.group());
            }
            assertEquals(125, talks(index));
            serve.awaitLine(line -> line.startsWith("now serving the newly built index: 125 talks"), RUN);
        }
        Set<String> left = list(index);
        left.removeIf(name -> name.equals("CURRENT") || name.equals("build.lock") || name.equals("embeddings"));
        assertEquals(Set.of(current(index).getFileName().toString(), served.getFileName().toString()).size(),
                left.size(), "only the served generation and the one before it are kept: " + left);
    }

    /** A progress line ({@code embedding: 32/120 (...)}) of unfinished or of finished embedding. */
    private static boolean progress(String line, boolean finished) {
        Matcher m = PROGRESS.matcher(line);
        return m.matches() && m.group(1).equals(m.group(2)) == finished;
    }

    /** What each kill left, for docs/reliability.md. */
    private static void report(String kill, Path index) throws IOException {
        System.out.println(kill + ": serving " + current(index).getFileName() + " (" + talks(index) + " talks), "
                + cacheSize(index) + " vectors cached, index folder " + list(index));
    }

    static CliProcess runIndex(ForeignCorpus corpus, Path index) {
        return startIndex(corpus, index);
    }

    static CliProcess startIndex(ForeignCorpus corpus, Path index) {
        return CliProcess.start(corpus.dir().getParent(), "index", "--corpus", corpus.dir().toString(), "--index",
                index.toString(), "--model", MODEL);
    }

    private static CliProcess startServe(Path index) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return CliProcess.start(index.getParent(), "serve", "--index", index.toString(), "--corpus", "no-corpus",
                "--port", String.valueOf(port), "--reload-seconds", "1");
    }

    private static void awaitFolder(CliProcess process, Path folder) throws InterruptedException {
        long deadline = System.nanoTime() + RUN.toNanos();
        while (!Files.isDirectory(folder)) {
            assertTrue(process.isAlive() && System.nanoTime() < deadline, "no " + folder + ":\n" + process.output());
            Thread.sleep(5);
        }
    }

    static void assertServedUnchanged(Path index, Path served) throws IOException {
        assertEquals(served, current(index), "CURRENT still names the old generation");
        assertEquals(5, talks(index));
    }

    static Path current(Path index) {
        return new IndexLocation(index).current().orElseThrow();
    }

    /** Talks in the served generation, read as serve reads them (a keyword-only embedder under the model's name). */
    static int talks(Path index) throws IOException {
        try (TalkSearcher searcher = TalkSearcher.open(index, new DelegatingEmbedder(new HashingEmbedder(), MODEL))) {
            return searcher.allTalks().size();
        }
    }

    static int cacheSize(Path index) throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.open(EmbeddingCache.fileFor(index, MODEL), MODEL, MODEL_DIMENSION)) {
            return cache.size();
        }
    }

    static Set<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
