package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talkarchive.corpus.Passage;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.HashingEmbedder;

/**
 * Transcript passages: the series publishes no transcripts, so this test copies the real corpus and writes captions
 * of its own (plainly test text) for s04e01, a past talk with a YouTube video, then searches them.
 */
class TranscriptPassagesTest {

    private static final String TALK = "s04e01";
    /** The cue holding the searched words starts at 1:07.8, so its deep link must say t=67s. */
    private static final double CUE_START = 67.8;
    private static final String CAPTIONS = """
            WEBVTT

            00:01:07.800 --> 00:01:21.000
            This caption text was written by the test suite: hospital tokens in chest radiographs.

            00:01:21.000 --> 00:01:39.500
            It is not what the speaker said; it only gives the search something to find.

            00:01:39.500 --> 00:01:58.000
            A second passage starts after about half a minute of captions.

            00:01:58.000 --> 00:02:31.000
            Test captions end here with a made-up word, zebracorn.
            """;

    /** The phrase is marked whole or word by word. */
    /** The phrase marked as one span or as its two words. */
    private static boolean marksPhrase(Fragment fragment) {
        return String.join(" ", fragment.matchedText()).contains("hospital tokens");
    }

    @TempDir
    static Path temp;

    private static TalkSearcher searcher;
    private static String videoId;

    @BeforeAll
    static void indexCorpusWithTestCaptions() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        corpus.writeTranscript(TALK, CAPTIONS);
        videoId = videoIdIn(corpus.talkFile(TALK));
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), temp.resolve("index"));
        searcher = TalkSearcher.open(temp.resolve("index"), new HashingEmbedder());
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    @ParameterizedTest
    @EnumSource(value = SearchMode.class, names = {"HYBRID", "KEYWORD"})
    void phraseFromTheCaptionsFindsThePassageWithADeepLinkToItsSecond(SearchMode mode) {
        SearchResponse response = searcher.search(
                SearchRequest.of("\"hospital tokens in chest radiographs\"").withMode(mode));

        SearchHit hit = response.hits().get(0);
        assertEquals(TALK, hit.talk().id());
        assertFalse(hit.passages().isEmpty());
        PassageHit passage = hit.passages().get(0);
        assertEquals(CUE_START, passage.start(), 1e-9);
        assertTrue(passage.end() > passage.start());
        assertEquals("https://www.youtube.com/watch?v=" + videoId + "&t=" + (long) Math.floor(CUE_START) + "s",
                passage.link());
        assertEquals("https://www.youtube.com/watch?v=" + videoId + "&t=67s", passage.link());
        assertTrue(marksPhrase(passage.text()), passage.text().toString());
        assertTrue(hit.snippets().stream().anyMatch(s -> s.field().equals("transcript")
                && marksPhrase(s.fragment())), hit.snippets().toString());
    }

    @Test
    void wordOnlyInALaterPassageLinksToThatPassagesStart() {
        SearchHit hit = searcher.search(SearchRequest.of("zebracorn").withMode(SearchMode.KEYWORD)).hits().get(0);
        assertEquals(TALK, hit.talk().id());
        Passage last = searcher.talk(TALK).orElseThrow().transcript().getLast();
        assertTrue(last.text().contains("zebracorn"));
        PassageHit passage = hit.passages().get(0);
        assertEquals(last.start(), passage.start(), 1e-9);
        assertTrue(passage.link().endsWith("&t=" + (long) Math.floor(last.start()) + "s"), passage.link());
        assertTrue(passage.text().matchedText().contains("zebracorn"), passage.text().toString());
    }

    @Test
    void aPassageHitHoldsTheWholePassageAndItsBestSentenceBesideIt() {
        SearchHit hit = searcher.search(SearchRequest.of("zebracorn").withMode(SearchMode.KEYWORD)).hits().get(0);
        Passage last = searcher.talk(TALK).orElseThrow().transcript().getLast();
        PassageHit passage = hit.passages().get(0);
        // The whole passage: it repeats the previous passage's last sentence, which the talk page shows once.
        assertEquals("A second passage starts after about half a minute of captions. " + last.text(),
                passage.text().text());
        assertEquals(List.of("zebracorn"), passage.text().matchedText());
        assertEquals(last.text(), passage.fragment().text());
        assertEquals(List.of("zebracorn"), passage.fragment().matchedText());
    }

    @Test
    void aSearchInOneTalkFindsItsMomentsAndNoOtherTalk() {
        SearchResponse inTalk = searcher.search(SearchRequest.of("zebracorn").inTalk(TALK));
        assertEquals(1, inTalk.total());
        assertEquals(TALK, inTalk.hits().get(0).talk().id());
        assertFalse(inTalk.hits().get(0).passages().isEmpty());

        SearchResponse elsewhere = searcher.search(SearchRequest.of("zebracorn").inTalk("s01e01"));
        assertEquals(0, elsewhere.total());
        assertEquals(List.of(), elsewhere.hits());

        SearchResponse browse = searcher.search(SearchRequest.of("").inTalk("s01e01"));
        assertEquals(List.of("s01e01"), TalkSearcherTest.top(browse, 10));
    }

    @Test
    void aSearchInATalkNoTalkHasIsRefusedNamingTheTalk() {
        InvalidRequestException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidRequestException.class, () -> searcher.search(SearchRequest.of("x").inTalk("s99e99")));
        assertEquals(InvalidRequestException.Part.TALK, unknown.part());
        assertEquals(InvalidRequestException.Problem.UNKNOWN_TALK, unknown.problem());
        InvalidRequestException malformed = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidRequestException.class, () -> SearchRequest.of("x").inTalk("S01E01 <b>"));
        assertEquals(InvalidRequestException.Problem.BAD_VALUE, malformed.problem());
    }

    @Test
    void hasTranscriptFacetCountsTheOneTalkWithCaptions() {
        SearchResponse browse = searcher.search(SearchRequest.of(""));
        FacetResult facet = TalkSearcherTest.facet(browse, "has_transcript");
        assertEquals(1, TalkSearcherTest.count(facet, "yes"));
        assertEquals(browse.total() - 1, TalkSearcherTest.count(facet, "no"));

        SearchResponse withTranscript = searcher.search(SearchRequest.of("").withFilter("has_transcript", "yes"));
        assertEquals(List.of(TALK), TalkSearcherTest.top(withTranscript, 10));
    }

    @Test
    void talkDetailHoldsThePassagesInOrder() {
        List<Passage> transcript = searcher.talk(TALK).orElseThrow().transcript();

        assertTrue(transcript.size() >= 2, transcript.toString());
        for (int i = 0; i < transcript.size(); i++) {
            assertEquals(i, transcript.get(i).ordinal());
            assertEquals(TALK, transcript.get(i).talkId());
            if (i > 0) {
                assertTrue(transcript.get(i).start() > transcript.get(i - 1).start(), "in time order");
            }
        }
        assertEquals(CUE_START, transcript.get(0).start(), 1e-9);
        assertTrue(transcript.get(0).text().startsWith("This caption text was written by the test suite"));
        assertTrue(transcript.getLast().text().endsWith("zebracorn."));
        assertEquals(List.of(), searcher.talk("s01e01").orElseThrow().transcript(), "other talks have none");
    }

    @Test
    void passagesOfATalkWithoutVideoHaveNoLink(@TempDir Path other) throws Exception {
        // The unnumbered S03 talk has no recording on the site.
        CorpusCopy corpus = CorpusCopy.of(other);
        assertFalse(Files.readString(corpus.talkFile("s03-damgaard-eriksen")).contains("video:"));
        corpus.writeTranscript("s03-damgaard-eriksen", CAPTIONS);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), other.resolve("index"));
        try (TalkSearcher noVideo = TalkSearcher.open(other.resolve("index"), new HashingEmbedder())) {
            SearchHit hit = noVideo.search(SearchRequest.of("zebracorn").withMode(SearchMode.KEYWORD)).hits().get(0);
            assertEquals("s03-damgaard-eriksen", hit.talk().id());
            assertFalse(hit.passages().isEmpty());
            hit.passages().forEach(p -> assertNull(p.link()));
        }
    }

    /** The YouTube id as the talk file writes it (youtu.be/ID or watch?v=ID). */
    private static String videoIdIn(Path talkFile) throws Exception {
        Matcher m = Pattern.compile("video: \"https://(?:youtu\\.be/|www\\.youtube\\.com/watch\\?v=)([\\w-]{11})")
                .matcher(Files.readString(talkFile));
        assertTrue(m.find(), talkFile + " has a video");
        return m.group(1);
    }
}
