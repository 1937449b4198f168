package org.talkarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.Topic;
import org.talkarchive.corpus.TranscriptText;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.Fields;
import org.talkarchive.index.TalkJson;

/**
 * Searches one published index (a generation) through its {@link SearchEngine}: keyword, semantic and hybrid search
 * with facets, highlights and transcript passages; talk details, related talks and suggestions. This is the search
 * logic above the seam (query understanding, spelling, fusion, paging), the same whichever engine answers. Immutable
 * but for the fusion setting, and thread-safe; {@link TalkSearcher} swaps in a new one when a new index is published.
 */
final class GenerationSearcher implements AutoCloseable {

    /** How many candidates the keyword ranking ranks before filtering and paging. */
    static final int CANDIDATES = 1000;
    /**
     * How many talks the semantic ranking asks the vector index for (before the margin cuts it). At 21,712 talks
     * asking HNSW for 1,000 was 43 % of a semantic search; hybrid mode only adds the best 10 of them to the keyword
     * hits, and below the first 100 by meaning a talk is rarely about the query (docs/benchmarks.md, "Semantic
     * candidate depth").
     */
    static final int SEMANTIC_CANDIDATES = 100;
    /** Semantic matches must come this close (in dot product) to the best one to count as matches at all. */
    static final double SEMANTIC_MARGIN = 0.12;

    static final double LEXICAL_NEED_WEIGHT = 0.95;
    /** In hybrid mode a talk only meaning found must be among this many best semantic matches. */
    static final int SEMANTIC_ONLY_DEPTH = 10;
    private static final java.util.regex.Pattern HAS_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");

    private final SearchEngine index;
    /** The engine's talks in {@link StoredTalk#NEWEST_FIRST} order. */
    private final Map<String, StoredTalk> newestFirst = new LinkedHashMap<>();
    private final Embedder embedder;
    private final List<Topic> topics;
    private final List<Dataset> datasets;
    private final ArchiveIdentity archive;
    private final Map<String, String> topicLabels = new HashMap<>();
    private final Map<String, String> datasetNames = new HashMap<>();
    private final KeywordQuery keywordQuery;
    private final ResultShaper shaper;
    private final RelatedTalks relatedTalks;
    private final FacetResults facetResults;
    private final Catalogue catalogue;
    private final TalkSuggester suggester;
    private final double semanticFloor;
    private volatile Fusion fusion = Fusion.DEFAULT;
    private volatile RankingRules rules = RankingRules.DEFAULT;
    private volatile Duration timeLimit = SearchBudget.DEFAULT_LIMIT;

    /** @param previous the generation served before, whose per-talk work is reused for the talks it shares; or null */
    private GenerationSearcher(SearchEngine index, Embedder embedder, GenerationSearcher previous) {
        this.index = index;
        this.embedder = embedder;
        this.topics = TalkJson.readTopics(index.meta().get(Fields.META_TOPICS));
        this.datasets = TalkJson.readDatasets(index.meta().get(Fields.META_DATASETS));
        this.archive = TalkJson.readArchive(index.meta().get(Fields.META_ARCHIVE));
        topics.forEach(t -> topicLabels.put(t.id(), t.label()));
        datasets.forEach(d -> datasetNames.put(d.id(), d.name()));
        this.keywordQuery = new KeywordQuery(index);
        this.semanticFloor = SemanticFloor.forModel(embedder.modelName());
        this.shaper = new ResultShaper(index);
        // The engine may hand its talks back in any order: the archive's order is ours.
        index.talks().values().stream().sorted(StoredTalk.NEWEST_FIRST)
                .forEach(talk -> newestFirst.put(talk.talk().id(), talk));
        this.relatedTalks = new RelatedTalks(index, newestFirst, topicLabels, datasetNames);
        this.facetResults = new FacetResults(topicLabels, datasetNames);
        this.catalogue = new Catalogue(List.copyOf(newestFirst.values()), facetResults,
                previous == null ? null : previous.catalogue);
        this.suggester = new TalkSuggester(newestFirst.values(), topics);
    }

    /**
     * Searches the index a backend published under a name; fails (closing the engine) if it was built with a model
     * other than {@code embedder}'s.
     */
    static GenerationSearcher open(SearchBackend backend, String published, Embedder embedder) throws IOException {
        return open(backend, published, embedder, null);
    }

    /** The same, reusing what {@code previous} (the generation served until now) worked out for unchanged talks. */
    static GenerationSearcher open(SearchBackend backend, String published, Embedder embedder,
                                   GenerationSearcher previous) throws IOException {
        SearchEngine index = backend.open(published);
        String builtWith = index.meta().get(Fields.META_MODEL);
        if (!embedder.modelName().equals(builtWith)) {
            index.close();
            throw new IllegalStateException("index " + backend.describe() + " was built with model " + builtWith
                    + " but the searcher uses " + embedder.modelName() + ": rebuild the index or pass --model "
                    + builtWith);
        }
        return new GenerationSearcher(index, embedder, previous);
    }

    /** The embedding model the index was built with. */
    String modelName() {
        return index.meta().get(Fields.META_MODEL);
    }

    /** Chooses how hybrid mode fuses its two rankings (for the eval command's comparisons). */
    void useFusion(Fusion method) {
        this.fusion = method;
    }

    /** Switches ranking rules off for the eval command's ablations. */
    void useRules(RankingRules changed) {
        this.rules = changed;
    }

    /** How long one search may spend in the engine before it stops early with what it has. */
    void useTimeLimit(Duration limit) {
        this.timeLimit = limit;
    }

    /** @param facetLimit how many values of a large dimension to list ({@link Integer#MAX_VALUE}: all) */
    SearchResponse search(SearchRequest request, int facetLimit) {
        long start = System.nanoTime();
        SearchBudget budget = new SearchBudget(timeLimit);
        if (request.talk() != null && !index.talks().containsKey(request.talk())) {
            throw new InvalidRequestException(InvalidRequestException.Part.TALK,
                    InvalidRequestException.Problem.UNKNOWN_TALK, null, "no talk has the id " + request.talk());
        }
        try {
            Candidates candidates = rank(request, budget);
            Map<String, List<String>> filters = FacetResults.normalise(request.filters());
            Collection<String> found = request.talk() != null ? inTalk(request.talk(), candidates)
                    : request.isBrowse() ? null : candidates.order().keySet();
            FacetCounts counts = index.facets(found, filters, FacetResults.limits(facetLimit));
            List<String> matching = candidates.order().keySet().stream()
                    .filter(counts.matching()::contains).toList();
            if (request.talk() != null) {
                matching = index.talks().keySet().stream().filter(counts.matching()::contains).toList();
            } else if (request.isBrowse() && request.effectiveSort() == SortOrder.DATE) {
                // The catalogue holds every talk newest first already: filtering and sorting 20,000 talks per browse
                // request was a third of a facet-only browse at that size.
                matching = catalogue.matching(filters).stream().map(TalkSummary::id).toList();
            } else if (request.isBrowse()) {
                matching = newestFirst.keySet().stream().filter(counts.matching()::contains).toList();
            } else if (request.effectiveSort() == SortOrder.DATE) {
                matching = sortByDate(matching);
            }
            int from = Math.min(matching.size(), (request.page() - 1) * request.size());
            int to = Math.min(matching.size(), from + request.size());
            List<SearchHit> hits = shaper.hits(matching.subList(from, to).stream().map(index.talks()::get).toList(),
                    candidates, request.isBrowse(),
                    request.talk() != null ? ResultShaper.MOMENTS_PER_TALK : ResultShaper.PASSAGES_PER_HIT);
            return new SearchResponse(request, matching.size(), hits, facetResults.build(counts, filters),
                    candidates.parsed() == null ? null : candidates.parsed().corrected(),
                    candidates.parsed() == null ? null : candidates.parsed().suggested(),
                    (System.nanoTime() - start) / 1_000_000, budget.spent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one talk a search in that talk finds: the talk itself when browsing, when the query found the talk, or
     * when one of its passages matches (a moment can match where the talk as a whole ranks nowhere).
     */
    private Collection<String> inTalk(String talkId, Candidates candidates) throws IOException {
        if (candidates.parsed() == null || candidates.order().containsKey(talkId)
                || !shaper.moments(index.talks().get(talkId), candidates.passages(), 1).isEmpty()) {
            return List.of(talkId);
        }
        return List.of();
    }

    /** The ranked talks a mode gives for a query (no filters, no paging): what `eval` measures. */
    List<Ranked> ranking(String query, SearchMode mode, int limit) {
        try {
            return rank(new SearchRequest(query, mode, Map.of(), null, 1, 10), new SearchBudget(timeLimit))
                    .order().entrySet().stream()
                    .limit(limit).map(e -> new Ranked(e.getKey(), e.getValue())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Candidates rank(SearchRequest request, SearchBudget budget) throws IOException {
        if (request.isBrowse()) {
            return new Candidates(null, new LinkedHashMap<>(), Map.of(), Map.of(), null);
        }
        if (!HAS_WORD.matcher(request.query()).find()) {
            // Only punctuation ("*", "?"): nothing to match, by words or by meaning.
            KeywordQuery.Parsed nothing = keywordQuery.parse("");
            return new Candidates(nothing, new LinkedHashMap<>(), Map.of(), Map.of(),
                    new PassageQuery(SearchMode.KEYWORD, nothing.query(), List.of(), null, fusion, 1, null,
                            semanticFloor));
        }
        KeywordQuery.Parsed parsed = keywordQuery.parse(request.query(), rules);
        List<Ranked> keyword = request.mode() == SearchMode.SEMANTIC ? List.of()
                : index.lexical(parsed.query(), Scope.talks(), CANDIDATES, budget).stream().map(Hit::ranked).toList();
        List<Ranked> semantic = List.of();
        float[] vector = null;
        if (request.mode() != SearchMode.KEYWORD) {
            vector = embedder.embedQuery(rules.semanticAsTyped() ? parsed.typed() : parsed.text());
            semantic = semanticRanking(vector, budget);
        }
        double keywordWeight = switch (request.mode()) {
            case KEYWORD -> 1;
            case SEMANTIC -> 0;
            case HYBRID -> keywordWeight(parsed, keyword);
        };
        List<Ranked> order = switch (request.mode()) {
            case KEYWORD -> keyword;
            case SEMANTIC -> semantic;
            case HYBRID -> hybrid(parsed, keyword, semantic, keywordWeight);
        };
        LinkedHashMap<String, Double> scores = new LinkedHashMap<>();
        order.forEach(r -> scores.put(r.talkId(), r.score()));
        PassageQuery passages = new PassageQuery(request.mode(), parsed.spoken().query(), parsed.spoken().terms(),
                vector, fusion, keywordWeight, weighsByCoverage(parsed) ? rules.keywordWeights() : null,
                rules.semanticCutoff() ? semanticFloor : Double.NEGATIVE_INFINITY);
        return new Candidates(parsed, scores, ranks(keyword), ranks(semantic), passages);
    }

    /**
     * Fuses both rankings. For names, ids, phrases, operators and field queries the keyword hits are the answer:
     * meaning only reorders them and adds no talks of its own (when there are keyword hits at all).
     */
    private List<Ranked> hybrid(KeywordQuery.Parsed parsed, List<Ranked> keyword, List<Ranked> semantic,
                                double keywordWeight) {
        List<Ranked> fused = fusion.fuse(keyword, semantic, keywordWeight);
        Set<String> lexicalHits = new java.util.HashSet<>();
        keyword.forEach(r -> lexicalHits.add(r.talkId()));
        if (rules.lexicalNeed() && parsed.lexicalNeed() && !keyword.isEmpty()) {
            return fused.stream().filter(r -> lexicalHits.contains(r.talkId())).toList();
        }
        if (!rules.semanticOnlyCap()) {
            return fused;
        }
        // Meaning alone may add only its best few: a vague query must not match every talk.
        Set<String> semanticTop = new java.util.HashSet<>();
        semantic.stream().limit(SEMANTIC_ONLY_DEPTH).forEach(r -> semanticTop.add(r.talkId()));
        return fused.stream().filter(r -> lexicalHits.contains(r.talkId()) || semanticTop.contains(r.talkId()))
                .toList();
    }

    /**
     * How much hybrid mode trusts the keyword list: most for names, ids and phrases; otherwise by how many of the
     * query's words the best keyword hits actually contain (a paraphrase's stray word matches earn little trust).
     */
    private double keywordWeight(KeywordQuery.Parsed parsed, List<Ranked> keyword) throws IOException {
        if (rules.lexicalNeed() && parsed.lexicalNeed()) {
            return LEXICAL_NEED_WEIGHT;
        }
        if (!weighsByCoverage(parsed)) {
            return 0.5;
        }
        List<String> top = keyword.stream().limit(3).map(Ranked::talkId).toList();
        return rules.keywordWeights().forCoverage(termCoverage(parsed.terms(), top));
    }

    /** Whether the keyword list's share follows term coverage (talks and passages alike) for this query. */
    private boolean weighsByCoverage(KeywordQuery.Parsed parsed) {
        return rules.coverageWeight() && !(rules.lexicalNeed() && parsed.lexicalNeed());
    }

    /**
     * The largest share of the query's terms that any one of the given talks contains (in any text field). Low for
     * a paraphrase whose words the talk does not use, where BM25 only matches stray words.
     */
    private double termCoverage(List<String> terms, List<String> talkIds) throws IOException {
        if (terms.isEmpty() || talkIds.isEmpty()) {
            return 0;
        }
        Map<String, Integer> matchedTerms = new HashMap<>();
        for (String term : terms) {
            List<LexicalQuery.Clause> anyField = KeywordQuery.BOOSTS.keySet().stream()
                    .map(field -> new LexicalQuery.Clause(LexicalQuery.Occur.SHOULD, new LexicalQuery.Term(field, term)))
                    .toList();
            for (Hit hit : index.lexical(new LexicalQuery.Bool(anyField, 0), Scope.talksAmong(talkIds),
                    talkIds.size(), SearchBudget.unlimited())) {
                matchedTerms.merge(hit.talkId(), 1, Integer::sum);
            }
        }
        int best = matchedTerms.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return (double) best / terms.size();
    }

    /** Talks by the best of their own vector and their passages' vectors, cut where similarity falls away. */
    private List<Ranked> semanticRanking(float[] vector, SearchBudget budget) throws IOException {
        Map<String, Double> best = new HashMap<>();
        int talks = Math.min(SEMANTIC_CANDIDATES, Math.max(1, index.talks().size()));
        for (Hit talk : index.nearest(new VectorQuery(vector, talks, Scope.talks()), budget)) {
            best.merge(talk.talkId(), talk.score(), Math::max);
        }
        for (Hit passage : index.nearest(new VectorQuery(vector, 100, Scope.passages()), budget)) {
            best.merge(passage.talkId(), passage.score(), Math::max);
        }
        double top = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (rules.semanticCutoff() && top < semanticFloor) {
            return List.of(); // Nothing is close: the query means nothing this archive talks about.
        }
        double cutoff = rules.semanticCutoff() ? top - SEMANTIC_MARGIN : Double.NEGATIVE_INFINITY;
        List<Ranked> out = new ArrayList<>();
        best.forEach((id, score) -> {
            if (score >= cutoff) {
                out.add(new Ranked(id, score));
            }
        });
        out.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::talkId));
        return out;
    }

    private static Map<String, Integer> ranks(List<Ranked> list) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(list.get(i).talkId(), i + 1);
        }
        return out;
    }

    private List<String> sortByDate(List<String> ids) {
        // Newest first; TBA (upcoming, no date) before everything dated.
        return ids.stream().sorted(Comparator.comparing(
                (String id) -> index.talks().get(id).talk().date(),
                Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder().reversed()))).toList();
    }

    Optional<TalkDetail> talk(String id) {
        StoredTalk stored = index.talks().get(id);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            List<Passage> transcript = TranscriptText.readable(index.transcript(id));
            return Optional.of(new TalkDetail(stored.talk(), stored.inferredTopics(), stored.datasets(), transcript));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Talk> talkMetadata(String id) {
        return Optional.ofNullable(index.talks().get(id)).map(StoredTalk::talk);
    }

    /** The summary of one talk, as result lists show it. */
    Optional<TalkSummary> summary(String id) {
        return Optional.ofNullable(index.talks().get(id)).map(StoredTalk::summary);
    }

    /** All talks, newest first (announced talks without a date first). */
    List<TalkSummary> allTalks() {
        return catalogue.talks();
    }

    Catalogue catalogue() {
        return catalogue;
    }

    List<RelatedTalk> related(String id, int limit) {
        return relatedTalks.forTalk(id, limit);
    }

    List<Suggestion> suggest(String prefix, int limit) {
        return suggester.suggest(prefix, Math.min(limit, TalkSuggester.MAX));
    }

    /** The topic taxonomy the index was built with. */
    List<Topic> topics() {
        return topics;
    }

    /** The datasets the index was built with. */
    ArchiveIdentity archive() {
        return archive;
    }

    List<Dataset> datasets() {
        return datasets;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /**
     * The ranked talks of one request before filtering.
     *
     * @param parsed   null when browsing
     * @param passages how to rank a talk's passages for this search; null when browsing
     */
    record Candidates(KeywordQuery.Parsed parsed, LinkedHashMap<String, Double> order,
                      Map<String, Integer> keywordRanks, Map<String, Integer> semanticRanks,
                      PassageQuery passages) {
    }
}
