package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.PassageLength;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexSummary;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.PassageHit;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.HashingEmbedder;
import picocli.CommandLine;

/**
 * {@code index --passage-seconds / --passage-overlap} on the real transcripts of the judged passage set (six Practical
 * AI episodes): the option changes the passages search finds and links into, and the index remembers it.
 */
class PassageLengthOptionTest {

    private static final Path CORPUS = Path.of("src/test/resources/passages/corpus");
    private static final String TALK = "practical-ai-5";

    @TempDir
    Path temp;

    private IndexSummary build(LuceneIndexTarget target, String seconds, String overlap) throws Exception {
        PassageLength length = IndexCommand.passageLength(target, seconds, overlap);
        return new TalkIndexer(new HashingEmbedder(), null).build(CorpusReader.read(CORPUS, length), target);
    }

    private static List<Passage> transcript(Path index) throws Exception {
        try (TalkSearcher searcher = TalkSearcher.open(index, new HashingEmbedder())) {
            return searcher.talk(TALK).orElseThrow().transcript();
        }
    }

    @Test
    void longerPassagesAreFewerAndSearchLinksToTheirStarts() throws Exception {
        Path defaultIndex = temp.resolve("default");
        IndexSummary cut3060 = build(new LuceneIndexTarget(defaultIndex), null, null);
        Path longIndex = temp.resolve("long");
        IndexSummary cut90120 = build(new LuceneIndexTarget(longIndex), "90-120", null);

        assertTrue(cut90120.passages() * 2 < cut3060.passages(), cut3060.passages() + " -> " + cut90120.passages());
        List<Passage> long90 = transcript(longIndex);
        List<Passage> short30 = transcript(defaultIndex);
        assertTrue(long90.size() * 2 < short30.size(), short30.size() + " -> " + long90.size());
        for (Passage p : long90.subList(1, long90.size() - 1)) {
            // Timed from its first new sentence (the repeated one is the previous passage's); never over the maximum.
            assertTrue(p.end() - p.start() <= 120 && p.end() > p.start(), p.toString());
        }
        Set<Double> starts = long90.stream().map(Passage::start).collect(Collectors.toSet());
        assertFalse(starts.equals(short30.stream().map(Passage::start).collect(Collectors.toSet())));

        try (TalkSearcher searcher = TalkSearcher.open(longIndex, new HashingEmbedder())) {
            SearchHit hit = searcher.search(SearchRequest.of("exoplanet").withMode(SearchMode.KEYWORD).inTalk(TALK))
                    .hits().getFirst();
            assertFalse(hit.passages().isEmpty());
            for (PassageHit shown : hit.passages()) {
                assertTrue(starts.contains(shown.start()), "deep link into a 90-120 s passage: " + shown.start());
                assertTrue(shown.end() - shown.start() > 60, "a long passage: " + shown.start() + "-" + shown.end());
            }
        }
    }

    @Test
    void theIndexRemembersItsPassageLengthForTheNextBuild() throws Exception {
        Path index = temp.resolve("index");
        LuceneIndexTarget target = new LuceneIndexTarget(index);
        assertEquals(PassageLength.DEFAULT, IndexCommand.passageLength(target, null, null));
        build(target, "90-120", "none");
        assertEquals("90-120", target.publishedMeta().get(Fields.META_PASSAGE_SECONDS));
        assertEquals("none", target.publishedMeta().get(Fields.META_PASSAGE_OVERLAP));
        assertEquals(new PassageLength(90, 120, false), IndexCommand.passageLength(target, null, null));
        List<Passage> before = transcript(index);

        IndexSummary again = build(target, null, null);
        assertTrue(again.changes().update());
        assertEquals(0, again.changes().written(), "nothing changed, so nothing is rewritten");
        assertEquals(before, transcript(index));

        // Asking for one part keeps the other as built.
        assertEquals(new PassageLength(60, 90, false), IndexCommand.passageLength(target, "60-90", null));
        IndexSummary back = build(target, "30-60", "sentence");
        assertEquals(6, back.changes().written(), "every talk is cut anew");
        assertEquals(PassageLength.DEFAULT, IndexCommand.passageLength(target, null, null));
        assertTrue(transcript(index).size() > before.size() * 2);
    }

    @Test
    void withoutOverlapPassagesFollowOneAnotherAndRepeatNothing() throws Exception {
        Path index = temp.resolve("index");
        build(new LuceneIndexTarget(index), "60-90", "none");
        List<Passage> passages = transcript(index);
        for (int i = 1; i < passages.size(); i++) {
            Passage previous = passages.get(i - 1);
            Passage p = passages.get(i);
            // A sentence takes the start of the cue it begins in, so a cut inside a cue can share that cue's time.
            assertTrue(p.start() > previous.start() && p.end() > previous.end(), previous + " / " + p);
            String lastWords = previous.text().substring(Math.max(0, previous.text().length() - 40));
            assertFalse(p.text().contains(lastWords), "repeats: " + lastWords);
        }
    }

    @Test
    void aPassageLengthThatIsNotMinToMaxIsABadOption() {
        for (List<String> args : List.of(List.of("--passage-seconds", "60-30"), List.of("--passage-seconds", "45"),
                List.of("--passage-overlap", "two"))) {
            StringWriter err = new StringWriter();
            CommandLine command = new CommandLine(new IndexCommand()).setErr(new PrintWriter(err));
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--index", temp.resolve("none").toString(), "--corpus", CORPUS.toString()));
            assertEquals(2, command.execute(all.toArray(String[]::new)), err.toString());
            assertTrue(err.toString().contains("passage"), err.toString());
        }
    }
}
