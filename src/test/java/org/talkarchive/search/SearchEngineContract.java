package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkarchive.corpus.Passage;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexAnalyzers;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.eval.JudgedQuery;
import org.talkarchive.search.eval.Qrels;
import org.talkarchive.search.eval.QuerySet;
import org.talkarchive.search.eval.TrecMetrics;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/**
 * What every search backend must do alike, checked against the embedded Lucene index built from the same corpus
 * files (the reference): the same talks and facet counts when browsing and under filters, the same transcript
 * passages with the same deep links, the same highlighted words, and judged-set nDCG@10 within 0.01 per mode.
 * Hybrid fusion, spelling and passage choice run in our code whichever engine answers, so a backend that keeps the
 * {@link SearchEngine} guarantees passes unchanged. A backend without BM25F ({@link SearchEngine#combinesFields()}
 * false) is compared with the embedded index ranking as it then must, by summed per-field BM25.
 *
 * <p>Some checks ask the {@link SearchEngine} itself (scopes, counts, spelling lookups, facets of candidates), so a
 * backend author sees which engine call differs, not only that a search result does.
 *
 * <p>Each backend runs it from one subclass that says how to build its index; {@link LuceneEngineContractTest} is
 * the embedded one. A SolrCloud subclass, in its own test package, would read:
 * <pre>{@code
 * class SolrEngineContractTest extends SearchEngineContract {
 *     @Override
 *     protected SearchBackend index(Path corpusDir, Embedder embedder, Path scratch) throws Exception {
 *         String alias = "contract_" + scratch.getFileName();
 *         new TalkIndexer(embedder, null).build(CorpusReader.read(corpusDir), new SolrIndexTarget(cluster, alias));
 *         return new SolrBackend(cluster, alias);
 *     }
 * }
 * }</pre>
 * {@code index} is called twice per subclass (the real corpus with the real model; a copy with test captions and
 * the hashing embedder) with a new scratch folder each time; each call must give an index of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchEngineContract {

    /** A past talk with a YouTube video that gets the test captions. */
    private static final String CAPTIONED = "s04e01";
    /** Where the passages start: cues are cut into passages of 30-60 s, the third cue begins the second. */
    private static final List<Double> PASSAGE_STARTS = List.of(5.0, 42.5, 70.0);
    private static final String CAPTIONS = """
            WEBVTT

            00:00:05.000 --> 00:00:20.000
            Contract test captions, not the speaker's words: a quarrelsome lighthouse keeper.

            00:00:20.000 --> 00:00:42.500
            These lines exist so that every backend has passages to find and link.

            00:00:42.500 --> 00:01:10.000
            Later the marmalade telescope points at the harbour.

            00:01:10.000 --> 00:01:40.000
            The last cue mentions the lighthouse once more, to end the test transcript.
            """;

    private Path scratch;
    private TalkSearcher real;
    private TalkSearcher captioned;
    private TalkSearcher captionedReference;
    private SearchEngine engine;
    private SearchEngine referenceEngine;
    /** The embedded index with summed per-field BM25, when the engine under test has no BM25F; else null. */
    private TalkSearcher summedReference;

    /**
     * Indexes the corpus folder with this backend into a new index of its own, published, and says where it is.
     *
     * @param scratch an empty folder the backend may use
     */
    protected abstract SearchBackend index(Path corpusDir, Embedder embedder, Path scratch) throws Exception;

    @BeforeAll
    void indexBothCorpora() throws Exception {
        scratch = Files.createTempDirectory("search-engine-contract");
        Embedder model = TestIndexes.realEmbedder();
        real = TalkSearcher.open(index(TestIndexes.corpusDir(), model, Files.createDirectory(scratch.resolve("real"))),
                model);
        CorpusCopy copy = CorpusCopy.of(Files.createDirectory(scratch.resolve("captioned")));
        copy.writeTranscript(CAPTIONED, CAPTIONS);
        SearchBackend backend = index(copy.dir(), new HashingEmbedder(), Files.createDirectory(scratch.resolve("backend")));
        captioned = TalkSearcher.open(backend, new HashingEmbedder());
        engine = backend.open(backend.published().orElseThrow());
        SearchBackend reference = new LuceneBackend(scratch.resolve("reference"));
        new TalkIndexer(new HashingEmbedder(), null).build(copy.dir(), scratch.resolve("reference"));
        captionedReference = TalkSearcher.open(reference, new HashingEmbedder());
        referenceEngine = reference.open(reference.published().orElseThrow());
        if (!engine.combinesFields()) {
            summedReference = TestIndexes.realCorpus(RankingRules.ablated(List.of("summed-fields")));
        }
    }

    @AfterAll
    void closeAndDelete() throws IOException {
        for (TalkSearcher searcher : new TalkSearcher[] {real, captioned, captionedReference, summedReference}) {
            if (searcher != null) {
                searcher.close();
            }
        }
        for (SearchEngine opened : new SearchEngine[] {engine, referenceEngine}) {
            if (opened != null) {
                opened.close();
            }
        }
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void browsingListsEveryTalkNewestFirstWithEveryDimensionCounted() {
        SearchRequest browse = SearchRequest.of("").withSize(SearchRequest.MAX_SIZE);
        SearchResponse expected = reference().search(browse);
        SearchResponse actual = real.search(browse);

        assertEquals(TestIndexes.corpusTalks(), actual.total());
        assertEquals(ids(expected), ids(actual), "same talks in the same order");
        for (FacetDimension dim : FacetDimension.values()) {
            assertEquals(counts(expected, dim.field()), counts(actual, dim.field()), dim.field());
        }
    }

    /** Requests whose talks and drill-sideways counts must not depend on the engine. */
    Stream<SearchRequest> filteredRequests() {
        return Stream.of(
                SearchRequest.of("").withFilter("topic", "dermatology").withSize(100),
                SearchRequest.of("").withFilter("topic", "dermatology", "chest-xray").withFilter("season", "3", "4", "5")
                        .withSize(100),
                SearchRequest.of("").withFilter("topic", "breast").withFilter("season", "1"),
                new SearchRequest("annotation", SearchMode.KEYWORD, Map.of("year", List.of("2023")), null, 1, 100),
                SearchRequest.of("fairness").withFilter("dataset", "no-such-dataset"),
                SearchRequest.of("segmentation").withMode(SearchMode.KEYWORD).withFilter("has_video", "yes")
                        .withSize(100),
                SearchRequest.of("skin lesion classification").withFilter("status", "past").withSize(100));
    }

    @ParameterizedTest
    @MethodSource("filteredRequests")
    void filtersGiveTheSameTalksAndFacetCounts(SearchRequest request) {
        SearchResponse expected = reference().search(request);
        SearchResponse actual = real.search(request);

        assertEquals(expected.total(), actual.total(), "total");
        assertEquals(new java.util.TreeSet<>(ids(expected)), new java.util.TreeSet<>(ids(actual)), "talks");
        for (FacetDimension dim : FacetDimension.values()) {
            assertEquals(counts(expected, dim.field()), counts(actual, dim.field()), dim.field());
        }
    }

    @Test
    void judgedSetNdcgAt10IsWithinAHundredthOfTheEmbeddedIndex() {
        QuerySet queries = QuerySet.read(Path.of("src/test/resources/eval/queries.tsv"));
        Qrels qrels = Qrels.read(Path.of("src/test/resources/eval/qrels.tsv"));
        for (SearchMode mode : SearchMode.values()) {
            double expected = ndcg10(reference(), queries, qrels, mode);
            double actual = ndcg10(real, queries, qrels, mode);
            assertEquals(expected, actual, 0.01, mode.label() + " nDCG@10");
        }
    }

    @Test
    void highlightsMarkTheSameWords() {
        for (String query : List.of("segmentation", "\"chest x-ray\"", "fairness bias", "Zajac")) {
            SearchRequest request = SearchRequest.of(query).withMode(SearchMode.KEYWORD);
            Map<String, Map<String, List<String>>> expected = marked(reference().search(request));
            Map<String, Map<String, List<String>>> actual = marked(real.search(request));
            assertFalse(expected.isEmpty(), query + " marks something");
            assertEquals(expected, actual, query);
        }
    }

    @Test
    void typosAreCorrectedOrOfferedAlike() {
        for (String query : List.of("segmentaion decathlon", "opthalmology", "annotaton cost of medical image datasets",
                "IFIT1 segmentaion", "dermatolgy fairnes", "segmentation decathlon")) {
            SearchResponse expected = reference().search(SearchRequest.of(query));
            SearchResponse actual = real.search(SearchRequest.of(query));
            assertEquals(expected.correctedQuery(), actual.correctedQuery(), query + ": searched as");
            assertEquals(expected.suggestedQuery(), actual.suggestedQuery(), query + ": did you mean");
        }
        assertEquals("segmentation decathlon", real.search(SearchRequest.of("segmentaion decathlon")).correctedQuery());
    }

    @Test
    void talkPagesRelatedTalksAndSuggestionsAreTheSame() {
        for (TalkSummary talk : reference().allTalks()) {
            assertEquals(reference().talk(talk.id()), real.talk(talk.id()), talk.id());
            assertEquals(reference().related(talk.id(), 5), real.related(talk.id(), 5), talk.id() + " related");
        }
        assertEquals(reference().allTalks(), real.allTalks());
        for (String prefix : List.of("seg", "derm", "opthal", "fair")) {
            assertEquals(reference().suggest(prefix, 10), real.suggest(prefix, 10), prefix);
        }
    }

    @Test
    void aPhraseFromTheCaptionsFindsItsPassageWithADeepLink() {
        for (SearchMode mode : List.of(SearchMode.KEYWORD, SearchMode.HYBRID)) {
            SearchHit hit = captioned.search(SearchRequest.of("\"marmalade telescope\"").withMode(mode)).hits().get(0);
            assertEquals(CAPTIONED, hit.talk().id(), mode.label());
            PassageHit passage = hit.passages().get(0);
            assertTrue(PASSAGE_STARTS.contains(passage.start()), String.valueOf(passage.start()));
            assertTrue(passage.link().endsWith("&t=" + (long) Math.floor(passage.start()) + "s"), passage.link());
            assertEquals(List.of("marmalade", "telescope"), passage.text().matchedText().stream()
                    .flatMap(m -> Stream.of(m.split(" "))).toList());
        }
    }

    @Test
    void passagesAndDeepLinksAreTheEmbeddedIndexs() {
        for (String query : List.of("lighthouse", "harbour telescope", "quarrelsome keeper", "backend passages")) {
            SearchRequest request = SearchRequest.of(query).withMode(SearchMode.KEYWORD);
            List<PassageHit> expected = captionedReference.search(request).hits().get(0).passages();
            List<PassageHit> actual = captioned.search(request).hits().get(0).passages();
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected.stream().map(SearchEngineContract::describe).toList(),
                    actual.stream().map(SearchEngineContract::describe).toList(), query);
        }
    }

    @Test
    void aTalksTranscriptComesBackWholeAndInOrder() {
        List<Passage> expected = captionedReference.talk(CAPTIONED).orElseThrow().transcript();
        List<Passage> actual = captioned.talk(CAPTIONED).orElseThrow().transcript();
        assertEquals(PASSAGE_STARTS, actual.stream().map(Passage::start).toList());
        assertEquals(expected, actual);
        assertEquals(List.of(), captioned.talk("s01e01").orElseThrow().transcript(), "other talks have none");
    }

    @Test
    void theCaptionedTalkIsTheOneWithATranscript() {
        SearchResponse withTranscript = captioned.search(SearchRequest.of("").withFilter("has_transcript", "yes"));
        assertEquals(List.of(CAPTIONED), ids(withTranscript));
        assertEquals(counts(captionedReference.search(SearchRequest.of("")), "has_transcript"),
                counts(captioned.search(SearchRequest.of("")), "has_transcript"));
    }

    @Test
    void engineScopesKeepToTheirKindAndTalks() throws IOException {
        LexicalQuery lighthouse = term(Fields.TRANSCRIPT, "lighthouse");
        List<Hit> passages = engine.lexical(lighthouse, Scope.passagesOf(CAPTIONED), 10, SearchBudget.unlimited());
        assertEquals(ordinals(referenceEngine.lexical(lighthouse, Scope.passagesOf(CAPTIONED), 10,
                SearchBudget.unlimited())), ordinals(passages));
        assertTrue(passages.size() >= 2 && passages.stream().allMatch(h -> h.talkId().equals(CAPTIONED)
                && h.ordinal() >= 0), passages.toString());
        List<Hit> talks = engine.lexical(lighthouse, Scope.talks(), 10, SearchBudget.unlimited());
        assertEquals(List.of(Hit.TALK), talks.stream().map(Hit::ordinal).toList(), "the talk's own transcript field");
        assertEquals(List.of(), engine.lexical(lighthouse, Scope.passagesOf("s01e01"), 10, SearchBudget.unlimited()));

        float[] vector = new HashingEmbedder().embedQuery("marmalade telescope");
        List<Hit> near = engine.nearest(new VectorQuery(vector, 10, Scope.passagesOf(CAPTIONED)),
                SearchBudget.unlimited());
        assertEquals(PASSAGE_STARTS.size(), near.size(), near.toString());
        assertTrue(near.stream().allMatch(h -> h.talkId().equals(CAPTIONED) && h.ordinal() >= 0));
        List<String> among = List.of("s01e01", "s02e01", CAPTIONED);
        List<Hit> nearTalks = engine.nearest(new VectorQuery(vector, 10, Scope.talksAmong(among)),
                SearchBudget.unlimited());
        assertEquals(new java.util.TreeSet<>(among),
                new java.util.TreeSet<>(nearTalks.stream().map(Hit::talkId).toList()));
        assertEquals(referenceEngine.nearest(new VectorQuery(vector, 3, Scope.talksAmong(among)),
                SearchBudget.unlimited()).stream().map(Hit::talkId).toList(),
                nearTalks.stream().map(Hit::talkId).toList(), "same order by dot product");
    }

    @Test
    void engineCountsAndWordLookupsAreTheEmbeddedIndexs() throws IOException {
        for (LexicalQuery query : List.of(term(Fields.TITLE, "segmentation"), term(Fields.TRANSCRIPT, "harbour"),
                new LexicalQuery.Phrase(Fields.TRANSCRIPT, List.of("marmalad", "telescop"), List.of(0, 1), 0),
                new LexicalQuery.Prefix(Fields.ABSTRACT, "segm"), new LexicalQuery.All())) {
            for (Scope scope : List.of(Scope.talks(), Scope.passages())) {
                assertEquals(referenceEngine.count(query, scope), engine.count(query, scope), query + " " + scope);
            }
        }
        for (String word : List.of("segmentation", "segmentaion", "lighthouse", "lighthuose", "zzzzqx")) {
            assertEquals(referenceEngine.knows(Fields.SPELL, word), engine.knows(Fields.SPELL, word), word);
            assertEquals(referenceEngine.closestTerm(Fields.SPELL, word, 2), engine.closestTerm(Fields.SPELL, word, 2),
                    word);
        }
        assertEquals(java.util.Optional.of("segmentation"), engine.closestTerm(Fields.SPELL, "segmentaion", 2));
    }

    @Test
    void engineFacetsCountCandidatesDrillSideways() throws IOException {
        List<String> candidates = List.of("s01e01", "s02e01", "s03e01", CAPTIONED);
        Map<String, List<String>> filters = Map.of("has_transcript", List.of("yes"));
        FacetCounts expected = referenceEngine.facets(candidates, filters);
        FacetCounts actual = engine.facets(candidates, filters);
        assertEquals(java.util.Set.of(CAPTIONED), actual.matching());
        assertEquals(expected, actual);
        assertEquals(Map.of("yes", 1, "no", 3), actual.counts().get("has_transcript"), "its own filter left out");
    }

    @Test
    void engineFacetLimitKeepsTheLargestCountsAndTheSelectedValues() throws IOException {
        Map<String, Integer> everyValue = referenceEngine.facets(null, Map.of()).counts().get("speaker");
        String rarest = everyValue.entrySet().stream().sorted(FacetCounts.LARGEST_FIRST).toList().getLast().getKey();
        Map<String, List<String>> filters = Map.of("speaker", List.of(rarest));
        Map<String, Integer> limits = FacetResults.limits(2);
        FacetCounts full = referenceEngine.facets(null, filters);
        FacetCounts limited = engine.facets(null, filters, limits);
        assertEquals(full.matching(), limited.matching());
        assertEquals(full.valueCounts(), limited.valueCounts(), "how many values each dimension has, cut or not");
        for (FacetDimension dim : FacetDimension.values()) {
            Map<String, Integer> all = full.counts().get(dim.field());
            Map<String, Integer> expected = limits.containsKey(dim.field())
                    ? FacetCounts.top(all, 2, filters.getOrDefault(dim.field(), List.of())) : all;
            assertEquals(expected, limited.counts().get(dim.field()), dim.field());
        }
        assertEquals(3, limited.counts().get("speaker").size(), "the two largest and the selected one");
        assertTrue(limited.counts().get("speaker").containsKey(rarest));
    }

    private static LexicalQuery term(String field, String word) {
        List<String> terms = SpellingCorrector.terms(IndexAnalyzers.perField(), field, word);
        assertEquals(1, terms.size(), word);
        return new LexicalQuery.Term(field, terms.getFirst());
    }

    private static List<Integer> ordinals(List<Hit> hits) {
        return hits.stream().map(Hit::ordinal).toList();
    }

    /** The embedded index of the real corpus, with the real model. */
    /**
     * The embedded index, ranking the way the engine under test can: an engine without BM25F
     * ({@link SearchEngine#combinesFields()}) is compared with summed per-field BM25, the scoring it falls back to.
     */
    private TalkSearcher reference() {
        return summedReference != null ? summedReference : TestIndexes.realCorpus();
    }

    private static double ndcg10(TalkSearcher searcher, QuerySet queries, Qrels qrels, SearchMode mode) {
        Map<String, List<String>> run = new LinkedHashMap<>();
        for (JudgedQuery q : queries.queries()) {
            run.put(q.id(), searcher.ranking(q.text(), mode, 100).stream().map(Ranked::talkId).toList());
        }
        return TrecMetrics.evaluate(qrels, run).summary().ndcg10();
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(h -> h.talk().id()).toList();
    }

    /** Value to count and whether it is selected, e.g. {@code dermatology=3*}. */
    private static Map<String, String> counts(SearchResponse response, String dimension) {
        Map<String, String> out = new TreeMap<>();
        response.facets().stream().filter(f -> f.dimension().equals(dimension)).findFirst().orElseThrow().values()
                .forEach(v -> out.put(v.value(), v.count() + (v.selected() ? "*" : "")));
        return out;
    }

    /** Talk id to snippet field to the words marked in it. */
    private static Map<String, Map<String, List<String>>> marked(SearchResponse response) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (SearchHit hit : response.hits()) {
            for (Snippet snippet : hit.snippets()) {
                if (snippet.fragment().hasMatches()) {
                    out.computeIfAbsent(hit.talk().id(), k -> new TreeMap<>())
                            .put(snippet.field(), snippet.fragment().matchedText());
                }
            }
        }
        return out;
    }

    private static String describe(PassageHit passage) {
        // The whole passage and its best sentence, marked (SearchEngine.highlightPassages marks whole passages).
        return passage.start() + "-" + passage.end() + " " + passage.link() + " " + passage.text() + " "
                + passage.fragment();
    }
}
