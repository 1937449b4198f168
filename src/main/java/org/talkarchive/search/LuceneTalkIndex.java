package org.talkarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.talkarchive.corpus.Passage;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.index.FacetFields;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexAnalyzers;
import org.talkarchive.index.TalkDocuments;
import org.talkarchive.index.TalkJson;

/**
 * The embedded Lucene backend of {@link SearchEngine}: one generation folder, opened read-only. Lucene doc ids stay
 * in here (hits leave as talk ids and passage ordinals); {@link LexicalQuery} becomes a Lucene query through
 * {@link LuceneQueries}.
 */
final class LuceneTalkIndex implements SearchEngine {

    private static final Query TALKS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_TALK));
    private static final Query PASSAGES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE));

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = IndexAnalyzers.perField();
    private final FacetsConfig facetsConfig = FacetFields.config();
    private final SortedSetDocValuesReaderState facetState;
    private final Map<String, String> meta;
    private final Map<String, StoredTalk> talks;
    private final FragmentHighlighter highlighter;
    /** Marks a passage whole (one break for the whole field): a passage hit shows the whole passage. */
    private final FragmentHighlighter wholeHighlighter;
    /** The talk id of every document (talk or passage), so hits never load whole stored documents. */
    private final String[] talkIdByDoc;
    /** A passage document's position in its transcript (-1 for talk documents): how passages leave this class. */
    private final int[] ordinalByDoc;
    /** Talk id to ordinal to live passage document: doc ids never leave this class. */
    private final Map<String, Map<Integer, Integer>> passageDocs = new HashMap<>();
    private final Map<String, Integer> talkDocs = new HashMap<>();

    /** What was read of each segment's documents, by segment id: the next generation reuses its unchanged segments. */
    private final Map<String, LoadedSegment> segments = new HashMap<>();

    /**
     * What this class reads of one segment's stored documents when it opens: its documents' talk ids and passage
     * ordinals, and each live talk document's talk. An update's generation starts as links to the previous one's
     * files, so most of its segments are the previous generation's (same segment id); documents in a segment are
     * never changed, only deleted, so what was read of it holds for every later generation that still has it.
     *
     * @param talks by document in the segment; null for passages and for talks deleted when it was read
     */
    record LoadedSegment(String[] talkIds, int[] ordinals, StoredTalk[] talks) {
    }

    LuceneTalkIndex(Path generation) throws IOException {
        this(generation, Map.of());
    }

    /**
     * @param previous {@link #segments()} of the generation served before this one: its segments that this generation
     *                 still has are not read again (at 20,000 talks reading every stored talk took seconds)
     */
    LuceneTalkIndex(Path generation, Map<String, LoadedSegment> previous) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(generation));
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        this.meta = Map.copyOf(reader.getIndexCommit().getUserData());
        this.talkIdByDoc = new String[reader.maxDoc()];
        this.ordinalByDoc = new int[reader.maxDoc()];
        this.talks = load(previous);
        this.highlighter = new FragmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new FragmentFormatter())
                .withMaxLength(200_000));
        this.wholeHighlighter = new FragmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new FragmentFormatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(200_000));
    }

    @Override
    public Map<String, String> meta() {
        return meta;
    }

    @Override
    public Map<String, StoredTalk> talks() {
        return talks;
    }

    @Override
    public List<Hit> lexical(LexicalQuery query, Scope scope, int k, SearchBudget budget) throws IOException {
        Query scoped = LuceneQueries.filtered(LuceneQueries.toLucene(query), filters(scope));
        try {
            return hits(timed(budget).search(scoped, Math.max(1, k)).scoreDocs, false);
        } catch (IndexSearcher.TooManyClauses e) {
            // The parser keeps queries under the limit; a rewrite (wildcards over a large index) may still cross it.
            throw new InvalidRequestException(InvalidRequestException.Part.QUERY,
                    InvalidRequestException.Problem.TOO_COMPLEX, null, "the query expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms: use fewer words, wildcards or ~");
        }
    }

    @Override
    public int count(LexicalQuery query, Scope scope) throws IOException {
        return searcher.count(LuceneQueries.filtered(LuceneQueries.toLucene(query), filters(scope)));
    }

    @Override
    public List<Hit> nearest(VectorQuery query, SearchBudget budget) throws IOException {
        Query filter = filters(query.scope()).stream().reduce(LuceneTalkIndex::and).orElseThrow();
        KnnFloatVectorQuery knn = new KnnFloatVectorQuery(Fields.VECTOR, query.vector(), query.k(), filter);
        return hits(timed(budget).search(knn, query.k()).scoreDocs, true);
    }

    /** The filters that restrict a query to a scope: the document kind, then the talks. */
    private static List<Query> filters(Scope scope) {
        Query kind = scope.kind() == Scope.Kind.TALK ? TALKS : PASSAGES;
        if (scope.talkIds() == null) {
            return List.of(kind);
        }
        Query ids = scope.talkIds().size() == 1
                ? new TermQuery(new Term(Fields.ID, scope.talkIds().iterator().next()))
                : new TermInSetQuery(Fields.ID, scope.talkIds().stream().map(BytesRef::new).toList());
        return List.of(kind, ids);
    }

    private static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
    }

    private List<Hit> hits(ScoreDoc[] docs, boolean vectorScores) {
        List<Hit> out = new ArrayList<>(docs.length);
        for (ScoreDoc hit : docs) {
            out.add(new Hit(talkIdByDoc[hit.doc], ordinalByDoc[hit.doc],
                    vectorScores ? asDotProduct(hit.score) : hit.score));
        }
        return out;
    }

    /**
     * A searcher over the same reader that stops collecting when the budget is spent. Per search, because the
     * timeout is the searcher's state; an IndexSearcher is a cheap view over the shared reader.
     */
    private IndexSearcher timed(SearchBudget budget) {
        IndexSearcher timed = new IndexSearcher(reader);
        timed.setSimilarity(searcher.getSimilarity());
        timed.setTimeout(budget::shouldExit);
        return timed;
    }

    @Override
    public Passage passage(String talkId, int ordinal) throws IOException {
        return passage(passageDocs.get(talkId).get(ordinal));
    }

    private Passage passage(int docId) throws IOException {
        Document doc = searcher.storedFields().document(docId);
        return new Passage(doc.get(Fields.ID), doc.getField(Fields.ORDINAL).numericValue().intValue(),
                doc.getField(Fields.START).numericValue().doubleValue(),
                doc.getField(Fields.END).numericValue().doubleValue(), doc.get(Fields.TRANSCRIPT));
    }

    @Override
    public List<Passage> transcript(String talkId) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (int doc : passageDocs.getOrDefault(talkId, Map.of()).values()) {
            out.add(passage(doc));
        }
        out.sort(Comparator.comparingInt(Passage::ordinal));
        return out;
    }

    @Override
    public FacetCounts facets(Collection<String> candidates, Map<String, List<String>> filters,
                              Map<String, Integer> limits) throws IOException {
        Query base = TALKS;
        if (candidates != null) {
            int[] docs = candidates.stream().map(talkDocs::get).filter(Objects::nonNull).mapToInt(Integer::intValue)
                    .toArray();
            base = new BooleanQuery.Builder().add(TALKS, BooleanClause.Occur.FILTER)
                    .add(new DocSetQuery(docs), BooleanClause.Occur.FILTER).build();
        }
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, base);
        filters.forEach((dim, values) -> values.forEach(v -> drillDown.add(dim, v)));
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, facetState);
        // The matching talks as a set, unscored: a TopDocs of every talk sorted them by a score nobody reads.
        DrillSideways.ConcurrentDrillSidewaysResult<Set<String>> result = sideways.search(drillDown, new MatchingTalks());
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> valueCounts = new LinkedHashMap<>();
        for (FacetDimension dim : FacetDimension.values()) {
            Map<String, Integer> values = new LinkedHashMap<>();
            Integer limit = limits.get(dim.field());
            valueCounts.put(dim.field(), limit == null ? allCounts(result.facets, dim.field(), values)
                    : topCounts(result.facets, dim.field(), limit, filters.getOrDefault(dim.field(), List.of()),
                            values));
            counts.put(dim.field(), values);
        }
        return new FacetCounts(result.collectorResult, counts, valueCounts);
    }

    /** Every value's count into {@code out}; says how many values have a count. */
    private static int allCounts(Facets facets, String dim, Map<String, Integer> out) throws IOException {
        try {
            org.apache.lucene.facet.FacetResult children = facets.getAllChildren(dim);
            if (children != null) {
                for (LabelAndValue lv : children.labelValues) {
                    out.put(lv.label, lv.value.intValue());
                }
            }
        } catch (IllegalArgumentException dimensionNotInIndex) {
            // No talk has a value in this dimension (e.g. no transcripts yet): no counts.
        }
        return out.size();
    }

    /**
     * The {@code limit} largest counts (Lucene breaks ties by term order) and the selected values' counts into
     * {@code out}, without a label for every other value; says how many values have a count.
     */
    private static int topCounts(Facets facets, String dim, int limit, List<String> selected,
                                 Map<String, Integer> out) throws IOException {
        try {
            org.apache.lucene.facet.FacetResult top = facets.getTopChildren(limit, dim);
            if (top == null) {
                return 0;
            }
            for (LabelAndValue lv : top.labelValues) {
                out.put(lv.label, lv.value.intValue());
            }
            for (String value : selected) {
                if (!out.containsKey(value)) {
                    int count = facets.getSpecificValue(dim, value).intValue();
                    if (count > 0) {
                        out.put(value, count);
                    }
                }
            }
            return top.childCount;
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return 0;
        }
    }

    /** Collects the talk ids of the matching documents, unscored and unsorted. */
    private final class MatchingTalks implements CollectorManager<IdsCollector, Set<String>> {

        @Override
        public IdsCollector newCollector() {
            return new IdsCollector(talkIdByDoc);
        }

        @Override
        public Set<String> reduce(Collection<IdsCollector> collectors) {
            Set<String> out = new HashSet<>();
            collectors.forEach(c -> out.addAll(c.ids));
            return out;
        }
    }

    private static final class IdsCollector extends SimpleCollector {
        private final String[] talkIdByDoc;
        private final Set<String> ids = new HashSet<>();
        private int docBase;

        IdsCollector(String[] talkIdByDoc) {
            this.talkIdByDoc = talkIdByDoc;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            ids.add(talkIdByDoc[docBase + doc]);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public List<Map<String, Fragment>> highlightTalks(List<String> fields, LexicalQuery query, List<String> talkIds,
                                                      int fragments) throws IOException {
        int[] docs = talkIds.stream().mapToInt(talkDocs::get).toArray();
        return highlighter.fragments(fields, query, docs, fragments);
    }

    @Override
    public List<Fragment> highlightPassages(LexicalQuery query, String talkId, List<Integer> ordinals)
            throws IOException {
        int[] docs = ordinals.stream().mapToInt(o -> passageDocs.get(talkId).get(o)).toArray();
        return wholeHighlighter.fragments(List.of(Fields.TRANSCRIPT), query, docs, 1)
                .stream().map(byField -> byField.get(Fields.TRANSCRIPT)).toList();
    }

    @Override
    public boolean knows(String field, String term) throws IOException {
        return reader.docFreq(new Term(field, term)) > 0;
    }

    @Override
    public Optional<String> closestTerm(String field, String word, int maxEdits) throws IOException {
        DirectSpellChecker spellChecker = new DirectSpellChecker();
        spellChecker.setMinQueryLength(4);
        spellChecker.setMaxEdits(maxEdits);
        SuggestWord[] best = spellChecker.suggestSimilar(new Term(field, word), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return best.length > 0 ? Optional.of(best[0].string) : Optional.empty();
    }

    /** What was read of each segment, for the next generation to reuse (see {@link LoadedSegment}). */
    Map<String, LoadedSegment> segments() {
        return Map.copyOf(segments);
    }

    /** Reads ids and talks of the segments {@code previous} does not hold, and takes the rest from it. */
    private Map<String, StoredTalk> load(Map<String, LoadedSegment> previous) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LoadedSegment[] loaded = new LoadedSegment[leaves.size()];
        Document[][] talkFields = new Document[leaves.size()][];
        boolean[] reused = new boolean[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            String key = segmentKey(leaf);
            LoadedSegment known = key == null ? null : previous.get(key);
            reused[leaf.ord] = known != null && known.talkIds().length == leaf.reader().maxDoc();
            if (reused[leaf.ord]) {
                loaded[leaf.ord] = known;
            } else {
                talkFields[leaf.ord] = new Document[leaf.reader().maxDoc()];
                loaded[leaf.ord] = read(leaf.reader(), talkFields[leaf.ord]);
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                int global = leaf.docBase + doc;
                talkIdByDoc[global] = loaded[leaf.ord].talkIds()[doc];
                ordinalByDoc[global] = loaded[leaf.ord].ordinals()[doc];
                if (live != null && !live.get(doc)) {
                    continue; // replaced by an incremental build: only the live copy is looked up
                }
                if (ordinalByDoc[global] < 0) {
                    talkDocs.put(talkIdByDoc[global], global);
                } else {
                    passageDocs.computeIfAbsent(talkIdByDoc[global], k -> new HashMap<>())
                            .put(ordinalByDoc[global], global);
                }
            }
        }
        Map<String, StoredTalk> out = new HashMap<>();
        for (LeafReaderContext leaf : leaves) {
            LoadedSegment segment = reused[leaf.ord] ? loaded[leaf.ord]
                    : withTalks(leaf.reader(), loaded[leaf.ord], talkFields[leaf.ord]);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < segment.talks().length; doc++) {
                if (segment.talks()[doc] != null && (live == null || live.get(doc))) {
                    out.put(segment.talkIds()[doc], segment.talks()[doc]);
                }
            }
            String key = segmentKey(leaf);
            if (key != null) {
                segments.put(key, segment);
            }
        }
        return out;
    }

    /** A segment's id (unique to the segment's files, kept by the links of an update), or null when it has none. */
    private static String segmentKey(LeafReaderContext leaf) {
        LeafReader unwrapped = FilterLeafReader.unwrap(leaf.reader());
        if (!(unwrapped instanceof SegmentReader segment) || segment.getSegmentInfo().info.getId() == null) {
            return null;
        }
        return segment.getSegmentName() + "/" + StringHelper.idToString(segment.getSegmentInfo().info.getId());
    }

    /**
     * Reads a segment's stored documents once (each read decompresses the document's block, so a second pass for the
     * talks cost as much again): every document's talk id and passage ordinal, and into {@code talkFields} the
     * stored fields of each talk document.
     */
    private static LoadedSegment read(LeafReader leaf, Document[] talkFields) throws IOException {
        StoredFields stored = inOrder(leaf);
        Set<String> fields = Set.of(Fields.ID, Fields.ORDINAL, Fields.TALK_JSON, Fields.INFERRED_TOPICS,
                Fields.DATASETS, Fields.VECTOR_BYTES);
        String[] ids = new String[leaf.maxDoc()];
        int[] ordinals = new int[leaf.maxDoc()];
        for (int doc = 0; doc < ids.length; doc++) {
            Document d = stored.document(doc, fields);
            ids[doc] = d.get(Fields.ID);
            ordinals[doc] = d.getField(Fields.ORDINAL) == null ? -1 : d.getField(Fields.ORDINAL).numericValue().intValue();
            talkFields[doc] = ordinals[doc] < 0 ? d : null;
        }
        return new LoadedSegment(ids, ordinals, null);
    }

    /**
     * Stored fields for reading every document in order. Lucene compresses them in blocks, and the ordinary reader
     * decompresses a document's block (and its dictionary) again for each document; the one merges use decompresses
     * each block once (a fifth of opening 21,712 talks went to decompressing). Lucene keeps it open with the segment
     * (a second mapping of the stored-fields file, read sequentially); nothing to close here.
     */
    private static StoredFields inOrder(LeafReader leaf) throws IOException {
        return FilterLeafReader.unwrap(leaf) instanceof CodecReader codec
                ? codec.getFieldsReader().getMergeInstance() : leaf.storedFields();
    }

    /**
     * The segment's live talks from their stored fields; whether a talk has a transcript is known once every id is
     * read.
     */
    private LoadedSegment withTalks(LeafReader leaf, LoadedSegment ids, Document[] talkFields) {
        Bits live = leaf.getLiveDocs();
        StoredTalk[] talks = new StoredTalk[leaf.maxDoc()];
        for (int doc = 0; doc < talks.length; doc++) {
            if (ids.ordinals()[doc] >= 0 || live != null && !live.get(doc)) {
                continue;
            }
            Document d = talkFields[doc];
            talks[doc] = new StoredTalk(TalkJson.readTalk(d.get(Fields.TALK_JSON)),
                    List.of(d.getValues(Fields.INFERRED_TOPICS)), List.of(d.getValues(Fields.DATASETS)),
                    TalkDocuments.fromBytes(d.getBinaryValue(Fields.VECTOR_BYTES).bytes),
                    passageDocs.containsKey(ids.talkIds()[doc]));
        }
        return new LoadedSegment(ids.talkIds(), ids.ordinals(), talks);
    }

    /** Lucene scores a dot-product match as (1 + dot) / 2; callers think in dot products. */
    private static double asDotProduct(float luceneScore) {
        return 2.0 * luceneScore - 1.0;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
