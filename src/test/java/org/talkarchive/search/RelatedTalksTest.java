package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Talk;
import org.talkarchive.testing.TestIndexes;

/** Related talks on the real corpus: similar content plus shared topics, datasets and speakers, with reasons. */
class RelatedTalksTest {

    private final TalkSearcher searcher = TestIndexes.realCorpus();
    private final Corpus corpus = CorpusReader.read(TestIndexes.corpusDir());

    @Test
    void relatedTalksOfADermatologyFairnessTalk() {
        List<RelatedTalk> related = searcher.related("s01e01", 5);

        assertEquals(5, related.size());
        assertTrue(related.stream().noneMatch(r -> r.talk().id().equals("s01e01")), "never itself");
        assertTrue(related.stream().limit(3).anyMatch(r -> r.talk().topics().contains("dermatology")),
                "a dermatology talk among the top 3: " + related.stream().map(r -> r.talk().id()).toList());
        RelatedTalk first = related.get(0);
        assertTrue(first.reasons().stream().anyMatch(r -> r.startsWith("shares topics: ")), first.reasons().toString());
        for (int i = 1; i < related.size(); i++) {
            assertTrue(related.get(i - 1).score() >= related.get(i).score(), "best first");
        }
    }

    @Test
    void sharedTopicReasonNamesTheTopicsBothTalksHave() {
        List<String> source = topics("s01e01");
        for (RelatedTalk related : searcher.related("s01e01", 29)) {
            Talk other = corpus.talk(related.talk().id()).orElseThrow();
            List<String> otherTopics = topics(other.id());
            List<String> sharedLabels = searcher.topics().stream()
                    .filter(t -> source.contains(t.id()) && otherTopics.contains(t.id()))
                    .map(t -> t.label()).sorted().toList();
            String reason = related.reasons().stream().filter(r -> r.startsWith("shares topics: ")).findFirst()
                    .orElse(null);
            if (sharedLabels.isEmpty()) {
                assertEquals(null, reason, other.id());
            } else {
                List<String> named = List.of(reason.substring("shares topics: ".length()).split(", "));
                assertEquals(sharedLabels, named.stream().sorted().toList(), other.id());
            }
            assertTrue(related.reasons().stream().anyMatch(r -> r.startsWith("similar content")), other.id());
        }
    }

    /** Curated topics, or the inferred ones of an untagged (upcoming) talk. */
    private List<String> topics(String id) {
        TalkDetail detail = searcher.talk(id).orElseThrow();
        return detail.talk().topics().isEmpty() ? detail.inferredTopics() : detail.talk().topics();
    }

    @Test
    void upcomingTalksMayAppearMarkedAsSuch() {
        // The announced S10 talk on annotator disagreement in skin lesions is close to the dermatology talks.
        List<RelatedTalk> all = searcher.related("s01e03", 29);
        assertEquals(29, all.size());
        RelatedTalk upcoming = all.stream().filter(r -> r.talk().id().equals("s10-abhishek")).findFirst().orElseThrow();
        assertEquals("upcoming", upcoming.talk().status());
        assertFalse(searcher.related("s01e03", 0).iterator().hasNext());
    }
}
