package org.talkarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Talk;
import org.talkarchive.embed.Embedder;
import org.talkarchive.search.FacetResult;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.TalkDetail;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.DelegatingEmbedder;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/** Builds real indexes of a copy of the real corpus with the deterministic {@link HashingEmbedder}. */
class TalkIndexerTest {

    /** Captions written by this test (the series publishes none); three cues, one passage. */
    private static final String TEST_CAPTIONS = """
            WEBVTT

            00:00:05.000 --> 00:00:20.000
            These captions were written by the indexer test, not spoken in the talk.

            00:00:20.000 --> 00:00:40.000
            They mention a made-up word, quokkascope, that no real talk contains.

            00:00:40.000 --> 00:00:55.000
            The end of the test captions.
            """;

    @TempDir
    Path temp;

    @Test
    void buildsEveryTalkOfTheCorpusAndEmbedsEachTextOnce() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        IndexSummary summary = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());

        assertEquals(TestIndexes.corpusTalks(), summary.talks());
        assertEquals(0, summary.passages());
        assertEquals(TestIndexes.corpusTalks(), summary.embedded());
        assertEquals(0, summary.reused());
        assertEquals(HashingEmbedder.MODEL_NAME, summary.model());
        assertEquals(summary.generation(), new IndexLocation(index()).current().orElseThrow().toString());
        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            Set<String> expected = new HashSet<>(talkIds(CorpusReader.read(corpus.dir())));
            Set<String> indexed = new HashSet<>();
            searcher.allTalks().forEach(t -> indexed.add(t.id()));
            assertEquals(expected, indexed);
        }
    }

    @Test
    void secondRunOfAnUnchangedCorpusEmbedsNothing() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        corpus.writeTranscript("s02e01", TEST_CAPTIONS);
        IndexSummary first = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        List<String> before = topIds("quokkascope segmentation", 10);

        IndexSummary second = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());

        assertEquals(0, second.embedded());
        assertEquals(new IndexSummary.Changes(true, 0, 30, 0), second.changes(), "an update that writes nothing");
        assertTrue(first.embedded() > 30, "talk texts and passages: " + first.embedded());
        assertFalse(first.generation().equals(second.generation()), "each build is a new generation");
        assertEquals(before, topIds("quokkascope segmentation", 10), "reused vectors rank exactly as before");
    }

    @Test
    void editingOneAbstractReembedsOnlyThatTalksTexts() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        corpus.writeTranscript("s02e01", TEST_CAPTIONS);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        corpus.replace("talks/s02e01.md", "\n---\n\n", "\n---\n\nEdited by the indexer test: wombatography. ");
        Corpus edited = CorpusReader.read(corpus.dir());
        Talk talk = edited.talk("s02e01").orElseThrow();
        int passages = edited.passages("s02e01").size();
        assertTrue(passages >= 1);

        RecordingEmbedder recording = new RecordingEmbedder(new HashingEmbedder());
        IndexSummary summary = new TalkIndexer(recording, null).build(corpus.dir(), index());

        assertEquals(1, summary.embedded(), "only the edited text: the talk's passages are unchanged");
        assertEquals(passages, summary.reused(), "the talk's passages come from the embedding cache");
        assertEquals(new IndexSummary.Changes(true, 1, 29, 0), summary.changes(), "no other talk is rewritten");
        Set<String> talkTexts = new HashSet<>();
        edited.talks().forEach(t -> talkTexts.add(TalkIndexer.talkEmbeddingText(t)));
        List<String> embeddedTalkTexts = recording.texts().stream().filter(talkTexts::contains).toList();
        assertEquals(List.of(TalkIndexer.talkEmbeddingText(talk)), embeddedTalkTexts);
        assertEquals("s02e01", topIds("wombatography", 1).get(0), "the new index holds the edited abstract");
    }

    @Test
    void modelChangeRebuildsEveryVector() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        corpus.writeTranscript("s02e01", TEST_CAPTIONS);
        IndexSummary first = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());

        IndexSummary second = new TalkIndexer(new OtherModelEmbedder(), null).build(corpus.dir(), index());

        assertEquals(first.embedded(), second.embedded());
        assertEquals(0, second.reused());
        assertEquals(OtherModelEmbedder.NAME, second.model());
        try (TalkSearcher searcher = TalkSearcher.open(index(), new OtherModelEmbedder())) {
            assertEquals(OtherModelEmbedder.NAME, searcher.modelName());
        }
    }

    @Test
    void invalidCorpusListsEveryProblemWithFileAndLineAndLeavesThePreviousIndexServing() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        String currentBefore = Files.readString(index().resolve("CURRENT"));
        List<Path> generationsBefore = generations();
        try (TalkSearcher before = TalkSearcher.open(index(), new HashingEmbedder())) {
            List<String> resultsBefore = ids(before.search(SearchRequest.of("fairness dermatology")));

            corpus.replace("talks/s02e01.md", "topics: [segmentation, benchmarks]",
                    "topics: [segmentation, benchmarks, radiomics]");
            corpus.replace("talks/s05e02.md", "status: past", "status: [past");
            CorpusException error = assertThrows(CorpusException.class,
                    () -> new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index()));

            int topicLine = lineOf(corpus.talkFile("s02e01"), "radiomics");
            int yamlLine = lineOf(corpus.talkFile("s05e02"), "status: [past");
            assertTrue(error.getMessage().contains("corpus/talks/s02e01.md:" + topicLine + ": unknown topic \"radiomics\""),
                    error.getMessage());
            assertTrue(error.getMessage().contains("corpus/talks/s05e02.md:"), error.getMessage());
            assertTrue(error.problems().stream().anyMatch(p -> p.file().equals("corpus/talks/s05e02.md")
                    && p.line() >= yamlLine && p.message().contains("YAML")), error.getMessage());

            assertEquals(currentBefore, Files.readString(index().resolve("CURRENT")));
            assertEquals(generationsBefore, generations());
            try (TalkSearcher after = TalkSearcher.open(index(), new HashingEmbedder())) {
                assertEquals(resultsBefore, ids(after.search(SearchRequest.of("fairness dermatology"))));
                assertEquals(30, after.allTalks().size());
            }
            assertEquals(resultsBefore, ids(before.search(SearchRequest.of("fairness dermatology"))));
        }
    }

    @Test
    void embedderFailingMidwayLeavesThePreviousGenerationCurrent() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        String currentBefore = Files.readString(index().resolve("CURRENT"));
        List<Path> generationsBefore = generations();
        List<String> resultsBefore = topIds("annotation cost", 10);

        // Another model name, so every text has to be embedded and the 20th call fails.
        FailingEmbedder failing = new FailingEmbedder(20, FailingEmbedder.Failure.THROW);
        RuntimeException error = assertThrows(RuntimeException.class,
                () -> new TalkIndexer(failing, null).build(corpus.dir(), index()));

        assertEquals("embedding failed on text 20", error.getMessage());
        assertEquals(currentBefore, Files.readString(index().resolve("CURRENT")));
        assertEquals(generationsBefore, generations(), "no half-built generation is left behind");
        assertEquals(resultsBefore, topIds("annotation cost", 10));
    }

    @Test
    void failureWhileWritingTheIndexDiscardsTheHalfBuiltGeneration() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        String currentBefore = Files.readString(index().resolve("CURRENT"));
        List<Path> generationsBefore = generations();
        List<String> resultsBefore = topIds("annotation cost", 10);

        // The 20th vector is not a number: embedding succeeds, and Lucene rejects it while the generation is written.
        FailingEmbedder failing = new FailingEmbedder(20, FailingEmbedder.Failure.NOT_A_NUMBER);
        assertThrows(IllegalArgumentException.class,
                () -> new TalkIndexer(failing, null).build(corpus.dir(), index()));

        assertEquals(currentBefore, Files.readString(index().resolve("CURRENT")));
        assertEquals(generationsBefore, generations(), "the half-built generation is deleted");
        assertEquals(resultsBefore, topIds("annotation cost", 10));
        IndexSummary next = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        assertEquals(30, next.talks(), "the next build works");
    }

    @Test
    void buildFailingAtItsLastTalkKeepsEveryOtherEmbeddingForTheNextBuild() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        // The 30th and last text's vector is not a number: Lucene rejects it while writing the last talk.
        assertThrows(IllegalArgumentException.class, () -> new TalkIndexer(
                new FailingEmbedder(30, FailingEmbedder.Failure.NOT_A_NUMBER), null).build(corpus.dir(), index()));
        assertTrue(new IndexLocation(index()).current().isEmpty(), "nothing was published");

        RecordingEmbedder next = new RecordingEmbedder(new DelegatingEmbedder(new HashingEmbedder(),
                "failing-test-model"));
        IndexSummary summary = new TalkIndexer(next, null).build(corpus.dir(), index());

        assertEquals(1, summary.embedded(), "only the text whose vector was broken is embedded again");
        assertEquals(29, summary.reused());
        assertEquals(1, next.texts().size());
        assertEquals(30, summary.cache().vectors());
    }

    @Test
    void rebuildFromScratchEmbedsNothingTheCacheHolds() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        corpus.writeTranscript("s02e01", TEST_CAPTIONS);
        IndexSummary first = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        // Every generation deleted, as after a corrupt index: only the cache beside them is left.
        Files.delete(index().resolve("CURRENT"));
        for (Path gen : generations()) {
            if (gen.getFileName().toString().startsWith("gen-")) {
                deleteTree(gen);
            }
        }

        IndexSummary second = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());

        assertEquals(0, second.embedded());
        assertEquals(first.embedded(), second.reused());
        assertEquals(first.embedded(), second.cache().vectors());
        assertTrue(second.cache().bytes() > (long) first.embedded() * HashingEmbedder.DIMENSION * Float.BYTES,
                second.oneLine());
        assertTrue(second.oneLine().contains("embedding cache " + first.embedded() + " vectors"), second.oneLine());
    }

    @Test
    void anUpdatedIndexListsTalksInTheOrderARebuiltOneDoes() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        // s10-abhishek is one of three talks without a date: an update rewrites its documents after the others'.
        corpus.replace("talks/s10-abhishek.md", "\n---\n\n", "\n---\n\nEdited by the indexer test. ");
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        Path rebuilt = temp.resolve("rebuilt");
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), rebuilt);

        try (TalkSearcher updated = TalkSearcher.open(index(), new HashingEmbedder());
             TalkSearcher full = TalkSearcher.open(rebuilt, new HashingEmbedder())) {
            List<String> order = updated.allTalks().stream().map(t -> t.id()).toList();
            assertEquals(full.allTalks().stream().map(t -> t.id()).toList(), order);
            assertEquals(List.of("s10-abhishek", "s10-joskowicz", "s10-quinn"), order.subList(0, 3));
        }
    }

    @Test
    void updateRewritesChangedTalksWhileTheServedGenerationStaysAsItWas() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        corpus.writeTranscript("s02e01", TEST_CAPTIONS);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        try (TalkSearcher served = TalkSearcher.open(index(), new HashingEmbedder())) {
            corpus.replace("talks/s02e01.md", "\n---\n\n", "\n---\n\nEdited by the indexer test: wombatography. ");
            Files.delete(corpus.talkFile("s05e02"));

            IndexSummary update = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());

            assertEquals(new IndexSummary.Changes(true, 1, 28, 1), update.changes());
            assertEquals(1, update.embedded());
            try (TalkSearcher updated = TalkSearcher.open(index(), new HashingEmbedder())) {
                assertEquals(29, updated.allTalks().size());
                assertTrue(updated.talk("s05e02").isEmpty(), "the deleted talk is gone");
                assertEquals(List.of("s02e01"), ids(updated.search(SearchRequest.of("wombatography")
                        .withMode(SearchMode.KEYWORD))));
                assertEquals("s02e01", ids(updated.search(SearchRequest.of("quokkascope"))).get(0),
                        "the rewritten talk keeps its passages");
                assertEquals(served.talk("s03e02").orElseThrow().talk(), updated.talk("s03e02").orElseThrow().talk(),
                        "unchanged talks are kept as they were");
            }
            // The generation being served when the update ran still answers with what it held.
            assertEquals(30, served.allTalks().size());
            assertTrue(served.talk("s05e02").isPresent());
            assertEquals(List.of(), ids(served.search(SearchRequest.of("wombatography")
                    .withMode(SearchMode.KEYWORD))));
        }
    }

    @Test
    void failedUpdateLeavesTheServedGenerationIntact() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        new TalkIndexer(new DelegatingEmbedder(new HashingEmbedder(), "failing-test-model"), null)
                .build(corpus.dir(), index());
        String currentBefore = Files.readString(index().resolve("CURRENT"));
        List<Path> generationsBefore = generations();
        corpus.replace("talks/s02e01.md", "\n---\n\n", "\n---\n\nEdited by the indexer test: wombatography. ");

        // The edited talk's vector is not a number: Lucene rejects it in the linked copy of the served generation.
        assertThrows(IllegalArgumentException.class, () -> new TalkIndexer(
                new FailingEmbedder(1, FailingEmbedder.Failure.NOT_A_NUMBER), null).build(corpus.dir(), index()));

        assertEquals(currentBefore, Files.readString(index().resolve("CURRENT")));
        assertEquals(generationsBefore, generations(), "the linked copy is deleted");
        try (TalkSearcher served = TalkSearcher.open(index(), new OtherModelEmbedder("failing-test-model"))) {
            assertEquals(30, served.allTalks().size());
            assertFalse(served.talk("s02e01").orElseThrow().talk().abstractText().contains("wombatography"));
        }
    }

    @Test
    void searchingWithAnotherModelThanTheIndexWasBuiltWithIsAClearError() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TalkSearcher.open(index(), new OtherModelEmbedder()));

        assertTrue(error.getMessage().contains("built with model " + HashingEmbedder.MODEL_NAME), error.getMessage());
        assertTrue(error.getMessage().contains(OtherModelEmbedder.NAME), error.getMessage());
    }

    @Test
    void inferredTopicsOnlyForUntaggedTalksAndStoredApartFromCuratedOnes() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        // As an organiser might add next season's talks: without curated topics.
        corpus.replace("talks/s10-abhishek.md", "topics: [annotation, segmentation, dermatology, dataset-curation]",
                "topics: []");
        corpus.replace("talks/s10-joskowicz.md", "topics: [annotation, segmentation]", "topics: []");
        corpus.replace("talks/s10-quinn.md", "topics: [annotation, breast, metrics]", "topics: []");
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
        Corpus read = CorpusReader.read(corpus.dir());
        List<String> untagged = read.talks().stream().filter(t -> t.topics().isEmpty()).map(Talk::id).toList();
        assertEquals(List.of("s10-abhishek", "s10-joskowicz", "s10-quinn"), untagged);

        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            for (Talk talk : read.talks()) {
                TalkDetail detail = searcher.talk(talk.id()).orElseThrow();
                assertEquals(talk.topics(), detail.talk().topics(), talk.id() + ": curated topics as written");
                if (untagged.contains(talk.id())) {
                    assertFalse(detail.inferredTopics().isEmpty(), talk.id() + " gets inferred topics");
                } else {
                    assertEquals(List.of(), detail.inferredTopics(), talk.id() + " has curated topics only");
                }
            }
            // Named in the abstract: "interobserver variability" (annotation) and "breast cancer screening".
            List<String> quinn = searcher.talk("s10-quinn").orElseThrow().inferredTopics();
            assertTrue(quinn.containsAll(List.of("annotation", "breast")), quinn.toString());
            assertTrue(searcher.summary("s10-quinn").orElseThrow().topics().isEmpty());

            // Inferred tags have a facet of their own: never counted as curated topics.
            SearchResponse curated = searcher.search(SearchRequest.of("").withFilter("topic", "breast").withSize(100));
            assertFalse(ids(curated).contains("s10-quinn"), ids(curated).toString());
            SearchResponse inferred = searcher.search(
                    SearchRequest.of("").withFilter("inferred_topic", "breast").withSize(100));
            assertEquals(List.of("s10-quinn"), ids(inferred));
        }
    }

    @Test
    void datasetsNamedInAbstractsBecomeFacetValues() throws Exception {
        CorpusCopy corpus = CorpusCopy.of(temp);
        new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());

        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            assertTrue(searcher.talk("s03e02").orElseThrow().datasets().contains("pad-ufes-20"));
            assertTrue(searcher.talk("s06e01").orElseThrow().datasets().contains("stressid"));

            SearchResponse pad = searcher.search(SearchRequest.of("").withFilter("dataset", "pad-ufes-20"));
            assertTrue(ids(pad).contains("s03e02"), ids(pad).toString());
            SearchResponse all = searcher.search(SearchRequest.of(""));
            FacetResult datasets = all.facets().stream().filter(f -> f.dimension().equals("dataset"))
                    .findFirst().orElseThrow();
            assertTrue(datasets.values().stream().anyMatch(v -> v.value().equals("stressid") && v.count() >= 1
                    && v.name().equals("StressID")), datasets.toString());
        }
    }

    private Path index() {
        return temp.resolve("index");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> list = Files.list(index())) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private List<String> topIds(String query, int n) throws IOException {
        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            return ids(searcher.search(SearchRequest.of(query).withSize(n)));
        }
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(SearchHit::talk).map(t -> t.id()).toList();
    }

    private static List<String> talkIds(Corpus corpus) {
        return corpus.talks().stream().map(Talk::id).toList();
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    /** The hashing embedder under another model name, as if the archive switched models. */
    private static final class OtherModelEmbedder extends DelegatingEmbedder {
        static final String NAME = "other-test-model";

        OtherModelEmbedder() {
            this(NAME);
        }

        OtherModelEmbedder(String name) {
            super(new HashingEmbedder(), name);
        }
    }

    /** Remembers every document text it was asked to embed. */
    private static final class RecordingEmbedder extends DelegatingEmbedder {
        private final List<String> texts = new ArrayList<>();

        RecordingEmbedder(Embedder delegate) {
            super(delegate);
        }

        List<String> texts() {
            return texts;
        }

        @Override
        public List<float[]> embedDocuments(List<String> batch) {
            texts.addAll(batch);
            return super.embedDocuments(batch);
        }
    }

    /** Embeds like the hashing embedder under another model name, but breaks at the n-th document text. */
    private static final class FailingEmbedder extends DelegatingEmbedder {
        enum Failure { THROW, NOT_A_NUMBER }

        private final HashingEmbedder hashing = new HashingEmbedder();
        private final int failAt;
        private final Failure failure;
        private int seen;

        FailingEmbedder(int failAt, Failure failure) {
            super(new HashingEmbedder(), "failing-test-model");
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public List<float[]> embedDocuments(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String text : texts) {
                seen++;
                float[] vector = hashing.embed(text);
                if (seen == failAt) {
                    if (failure == Failure.THROW) {
                        throw new IllegalStateException("embedding failed on text " + failAt);
                    }
                    vector[0] = Float.NaN;
                }
                out.add(vector);
            }
            return out;
        }
    }
}
