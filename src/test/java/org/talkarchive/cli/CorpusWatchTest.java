package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.HashingEmbedder;

/**
 * {@code serve --watch}: a talk file edited, added, deleted or broken while the server runs is indexed by the server
 * itself; a broken one is reported with its file and line and the served index stays as it was.
 */
class CorpusWatchTest {

    /** Not a timing claim: how long to wait for something that takes a fraction of a second before failing. */
    private static final long GIVE_UP_MILLIS = 60_000;

    @TempDir
    Path temp;

    @Test
    void editsToTheCorpusAreSearchableWithoutAnIndexRunAndProblemsLeaveTheServedIndexAlone() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        Path index = temp.resolve("index");
        HashingEmbedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus.dir(), index);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (TalkSearcher searcher = TalkSearcher.open(index, embedder);
             CorpusWatch watch = CorpusWatch.start(corpus.dir(), () -> new LuceneIndexTarget(index), embedder,
                     searcher, new PrintStream(out, true, StandardCharsets.UTF_8),
                     new PrintStream(err, true, StandardCharsets.UTF_8))) {
            corpus.replace("talks/s02e01.md", "title: \"The medical segmentation decathlon\"",
                    "title: \"The quokkatron tournament\"");
            waitFor(() -> keyword(searcher, "title:tournament").equals(List.of("s02e01")), out, err);
            assertEquals(List.of(), keyword(searcher, "title:decathlon"));

            Files.delete(corpus.talkFile("s10-quinn"));
            waitFor(() -> searcher.talk("s10-quinn").isEmpty(), out, err);

            String generation = Files.readString(index.resolve("CURRENT"));
            corpus.replace("talks/s05e02.md", "status: past", "status: [past");
            waitFor(() -> err.toString(StandardCharsets.UTF_8).contains("problem(s)"), out, err);
            String problems = err.toString(StandardCharsets.UTF_8);
            assertTrue(problems.contains("corpus/talks/s05e02.md:"), problems);
            assertEquals(generation, Files.readString(index.resolve("CURRENT")), "nothing was published");
            assertTrue(searcher.talk("s05e02").isPresent());
            assertEquals(List.of("s02e01"), keyword(searcher, "title:tournament"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 of 30 talk files read"), out.toString());
        }
    }

    private static List<String> keyword(TalkSearcher searcher, String query) {
        return searcher.search(SearchRequest.of(query).withMode(SearchMode.KEYWORD)).hits().stream()
                .map(h -> h.talk().id()).toList();
    }

    private static void waitFor(BooleanSupplier condition, ByteArrayOutputStream out, ByteArrayOutputStream err)
            throws InterruptedException {
        long until = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "the watch did not get there; it said: " + out + err);
            Thread.sleep(50);
        }
    }
}
