package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.testing.ForeignCorpus;
import org.talkarchive.testing.HashingEmbedder;

/**
 * Related talks in an archive larger than {@link RelatedTalks#NEAREST}, where only the nearest talks by embedding
 * and the speaker's other talks are scored: the answer must be the one scoring every talk would give.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedTalksAtScaleTest {

    private static final String SPEAKER = "Grace Hopper";
    private static final List<String> TOPICS = List.of("audit", "consent", "licence", "privacy", "provenance");

    @TempDir
    static Path scratch;
    private SearchEngine engine;
    private RelatedTalks related;
    private List<String> bySpeaker;

    @BeforeAll
    void indexAForeignArchive() throws Exception {
        // Talks sharing five curated topics gain as much as a shared speaker: one far from a source by embedding
        // can still be among its best, and only scoring every talk finds it.
        ForeignCorpus corpus = ForeignCorpus.in(scratch, 11).taxonomy(TOPICS).talks(300, 0).talksOn(TOPICS, 12);
        int before = corpus.ids().size();
        corpus.talksBy(SPEAKER, 4);
        bySpeaker = corpus.ids().subList(before, corpus.ids().size());
        Path index = scratch.resolve("index");
        new TalkIndexer(new HashingEmbedder(), null).build(CorpusReader.read(corpus.dir()),
                new LuceneIndexTarget(index));
        LuceneBackend backend = new LuceneBackend(index);
        engine = backend.open(backend.published().orElseThrow());
        related = new RelatedTalks(engine, engine.talks(), Map.of(), Map.of());
    }

    @AfterAll
    void close() throws Exception {
        engine.close();
    }

    @Test
    void everyTalkGetsWhatScoringEveryTalkWouldGive() {
        assertTrue(engine.talks().size() > 3 * RelatedTalks.NEAREST, "the archive must outgrow the candidates");
        for (String id : engine.talks().keySet()) {
            assertEquals(ids(related.scoringEveryTalk(id, 5)), ids(related.forTalk(id, 5)), id);
        }
    }

    @Test
    void aSpeakersOtherTalksAreFoundHoweverUnlikeTheirWords() {
        String first = bySpeaker.get(0);
        List<RelatedTalk> top = related.forTalk(first, 3);

        assertEquals(Set.copyOf(bySpeaker.subList(1, bySpeaker.size())), Set.copyOf(ids(top)));
        assertTrue(top.stream().allMatch(r -> r.reasons().contains("same speaker: " + SPEAKER)), top.toString());
    }

    private static List<String> ids(List<RelatedTalk> talks) {
        return talks.stream().map(r -> r.talk().id()).toList();
    }
}
