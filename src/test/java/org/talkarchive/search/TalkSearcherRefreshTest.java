package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.DelegatingEmbedder;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/** A running searcher picks up what `index` publishes later, and refuses an index built with another model. */
class TalkSearcherRefreshTest {

    @TempDir
    Path temp;

    @Test
    void refreshServesTheNewlyPublishedGeneration() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        Path index = temp.resolve("index");
        Embedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus.dir(), index);
        try (TalkSearcher searcher = TalkSearcher.open(index, embedder)) {
            assertEquals(TestIndexes.corpusTalks(), searcher.search(SearchRequest.of("")).total());
            assertFalse(searcher.refresh(), "nothing new was published");

            Files.delete(corpus.talkFile("s10-quinn"));
            new TalkIndexer(embedder, null).build(corpus.dir(), index);
            assertEquals(TestIndexes.corpusTalks(), searcher.search(SearchRequest.of("")).total(),
                    "still the opened generation");

            assertTrue(searcher.refresh());
            assertEquals(TestIndexes.corpusTalks() - 1, searcher.search(SearchRequest.of("")).total());
            assertTrue(searcher.talk("s10-quinn").isEmpty());
        }
    }

    @Test
    void refreshAfterAnUpdateKeepsTheTalksItHeldAndReadsOnlyTheChangedOnes() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        Path index = temp.resolve("index");
        Embedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus.dir(), index);
        try (TalkSearcher searcher = TalkSearcher.open(index, embedder)) {
            var unchanged = searcher.talk("s03e02").orElseThrow().talk();
            var edited = searcher.talk("s02e01").orElseThrow().talk();
            corpus.replace("talks/s02e01.md", "title: \"The medical segmentation decathlon\"",
                    "title: \"The quokkatron tournament\"");
            corpus.writeTranscript("s04e01", """
                    WEBVTT

                    00:00:05.000 --> 00:00:40.000
                    Captions written by the refresh test mention a numbatoscope.
                    """);
            Files.delete(corpus.talkFile("s10-quinn"));
            new TalkIndexer(embedder, null).build(corpus.dir(), index);

            assertTrue(searcher.refresh());

            assertEquals(List.of("s02e01"), keyword(searcher, "title:tournament"));
            assertEquals(List.of(), keyword(searcher, "title:decathlon"));
            assertEquals(List.of("s04e01"), keyword(searcher, "numbatoscope"));
            assertTrue(searcher.talk("s10-quinn").isEmpty());
            assertEquals(TestIndexes.corpusTalks() - 1, searcher.search(SearchRequest.of("")).total());
            // A talk in a segment the new generation shares with the one served before is not read again.
            assertTrue(unchanged == searcher.talk("s03e02").orElseThrow().talk(), "the same record, not a new read");
            assertFalse(edited == searcher.talk("s02e01").orElseThrow().talk());
            // Pages that list talks (the catalogue, partly carried over from the generation before) show the same
            // as a searcher that opened the new generation afresh.
            try (TalkSearcher fresh = TalkSearcher.open(index, embedder)) {
                assertEquals(fresh.catalogue().talks(), searcher.catalogue().talks());
                for (FacetDimension dim : FacetDimension.values()) {
                    assertEquals(fresh.catalogue().facet(dim.field(), Map.of()),
                            searcher.catalogue().facet(dim.field(), Map.of()), dim.field());
                }
            }
            assertEquals("The quokkatron tournament", searcher.catalogue().talks().stream()
                    .filter(t -> t.id().equals("s02e01")).findFirst().orElseThrow().title());
        }
    }

    private static List<String> keyword(TalkSearcher searcher, String query) {
        return searcher.search(SearchRequest.of(query).withMode(SearchMode.KEYWORD)).hits().stream()
                .map(h -> h.talk().id()).toList();
    }

    @Test
    void aGenerationBuiltWithAnotherModelIsRefusedAndTheCurrentOneKeepsServing() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        Path index = temp.resolve("index");
        Embedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus.dir(), index);
        try (TalkSearcher searcher = TalkSearcher.open(index, embedder)) {
            new TalkIndexer(new DelegatingEmbedder(embedder, "other-model"), null).build(corpus.dir(), index);

            IllegalStateException error = assertThrows(IllegalStateException.class, searcher::refresh);
            assertTrue(error.getMessage().contains("other-model"), error.getMessage());
            assertEquals(List.of("s04e01"), searcher.search(SearchRequest.of("\"shortcut learning\" Schrouff")
                    .withMode(SearchMode.KEYWORD)).hits().stream().map(h -> h.talk().id()).limit(1).toList());
        }
    }
}
