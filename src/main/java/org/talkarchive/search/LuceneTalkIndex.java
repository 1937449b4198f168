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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.talkarchive.corpus.Passage;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.index.FacetFields;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexAnalyzers;
import org.talkarchive.index.TalkDocuments;
import org.talkarchive.index.TalkJson;

/**
 * Everything Lucene-specific the searcher needs, behind one seam: run a lexical query, run a vector query, count
 * facets, highlight, fetch stored talks and passages. Fusion, grouping and result shaping stay above it, so another
 * backend (e.g. Solr) could serve the same searcher.
 */
final class LuceneTalkIndex implements AutoCloseable {

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
    /** The talk id of every document (talk or passage), so hits never load whole stored documents. */
    private final String[] talkIdByDoc;
    /** A passage document's position in its transcript (-1 for talk documents): how passages leave this class. */
    private final int[] ordinalByDoc;
    /** Talk id to ordinal to live passage document: doc ids never leave this class. */
    private final Map<String, Map<Integer, Integer>> passageDocs = new HashMap<>();
    private final Map<String, Integer> talkDocs = new HashMap<>();

    LuceneTalkIndex(Path generation) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(generation));
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        this.meta = Map.copyOf(reader.getIndexCommit().getUserData());
        this.talkIdByDoc = new String[reader.maxDoc()];
        this.ordinalByDoc = new int[reader.maxDoc()];
        loadIds();
        this.talks = loadTalks();
        this.highlighter = new FragmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new FragmentFormatter())
                .withMaxLength(200_000));
    }

    Map<String, String> meta() {
        return meta;
    }

    Map<String, StoredTalk> talks() {
        return talks;
    }

    DirectoryReader reader() {
        return reader;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Talks matching a BM25 query, best first; stops early (keeping what it found) when the budget is spent. */
    List<Ranked> lexical(Query query, int k, QueryTimeout budget) throws IOException {
        Query onTalks = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(TALKS, BooleanClause.Occur.FILTER).build();
        List<Ranked> out = new ArrayList<>();
        try {
            for (ScoreDoc hit : timed(budget).search(onTalks, k).scoreDocs) {
                out.add(new Ranked(talkIdByDoc[hit.doc], hit.score));
            }
        } catch (IndexSearcher.TooManyClauses e) {
            // The parser keeps queries under the limit; a rewrite (wildcards over a large index) may still cross it.
            throw new InvalidRequestException(InvalidRequestException.Part.QUERY,
                    InvalidRequestException.Problem.TOO_COMPLEX, null, "the query expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms: use fewer words, wildcards or ~");
        }
        return out;
    }

    /**
     * A searcher over the same reader that stops collecting when the budget is spent. Per search, because the
     * timeout is the searcher's state; an IndexSearcher is a cheap view over the shared reader.
     */
    private IndexSearcher timed(QueryTimeout budget) {
        IndexSearcher timed = new IndexSearcher(reader);
        timed.setSimilarity(searcher.getSimilarity());
        timed.setTimeout(budget);
        return timed;
    }

    /**
     * The largest share of the query's terms that any one of the given talks contains (in any text field). Low for
     * a paraphrase whose words the talk does not use, where BM25 only matches stray words.
     */
    double termCoverage(List<String> terms, Collection<String> talkIds) throws IOException {
        if (terms.isEmpty() || talkIds.isEmpty()) {
            return 0;
        }
        Query idFilter = new TermInSetQuery(Fields.ID, talkIds.stream().map(BytesRef::new).toList());
        Map<Integer, Integer> matchedTerms = new java.util.HashMap<>();
        for (String term : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : KeywordQuery.BOOSTS.keySet()) {
                anyField.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
            Query q = new BooleanQuery.Builder().add(anyField.build(), BooleanClause.Occur.MUST)
                    .add(TALKS, BooleanClause.Occur.FILTER).add(idFilter, BooleanClause.Occur.FILTER).build();
            for (ScoreDoc hit : searcher.search(q, talkIds.size()).scoreDocs) {
                matchedTerms.merge(hit.doc, 1, Integer::sum);
            }
        }
        int best = matchedTerms.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return (double) best / terms.size();
    }

    /** Talks nearest to a vector by their title+abstract embedding, with the dot product as score. */
    List<Ranked> nearestTalks(float[] vector, int k, QueryTimeout budget) throws IOException {
        List<Ranked> out = new ArrayList<>();
        KnnFloatVectorQuery query = new KnnFloatVectorQuery(Fields.VECTOR, vector, k, TALKS);
        for (ScoreDoc hit : timed(budget).search(query, k).scoreDocs) {
            out.add(new Ranked(talkIdByDoc[hit.doc], asDotProduct(hit.score)));
        }
        return out;
    }

    /** Transcript passages nearest to a vector. */
    List<PassageMatch> nearestPassages(float[] vector, int k, QueryTimeout budget) throws IOException {
        List<PassageMatch> out = new ArrayList<>();
        KnnFloatVectorQuery query = new KnnFloatVectorQuery(Fields.VECTOR, vector, k, PASSAGES);
        for (ScoreDoc hit : timed(budget).search(query, k).scoreDocs) {
            out.add(new PassageMatch(talkIdByDoc[hit.doc], ordinalByDoc[hit.doc], asDotProduct(hit.score)));
        }
        return out;
    }

    /** Passages of one talk that match a BM25 query, best first. */
    List<PassageMatch> lexicalPassages(Query query, String talkId, int k) throws IOException {
        Query q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(PASSAGES, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, talkId)), BooleanClause.Occur.FILTER).build();
        List<PassageMatch> out = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q, k).scoreDocs) {
            out.add(new PassageMatch(talkId, ordinalByDoc[hit.doc], hit.score));
        }
        return out;
    }

    /** One passage of a talk's transcript. */
    Passage passage(String talkId, int ordinal) throws IOException {
        return passage(passageDocs.get(talkId).get(ordinal));
    }

    private Passage passage(int docId) throws IOException {
        Document doc = searcher.storedFields().document(docId);
        return new Passage(doc.get(Fields.ID), doc.getField(Fields.ORDINAL).numericValue().intValue(),
                doc.getField(Fields.START).numericValue().doubleValue(),
                doc.getField(Fields.END).numericValue().doubleValue(), doc.get(Fields.TRANSCRIPT));
    }

    /** A talk's whole transcript, in order. */
    List<Passage> transcript(String talkId) throws IOException {
        Query q = new BooleanQuery.Builder().add(PASSAGES, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, talkId)), BooleanClause.Occur.FILTER).build();
        List<Passage> out = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs) {
            out.add(passage(hit.doc));
        }
        out.sort(Comparator.comparingInt(Passage::ordinal));
        return out;
    }

    /**
     * Applies the filters to the candidate talks (all talks when null) and counts every facet dimension
     * drill-sideways: each dimension as if its own filter were off.
     */
    FacetCounts facets(Collection<String> candidates, Map<String, List<String>> filters) throws IOException {
        Query base = TALKS;
        if (candidates != null) {
            List<BytesRef> ids = candidates.stream().map(BytesRef::new).toList();
            base = new BooleanQuery.Builder().add(TALKS, BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(Fields.ID, ids), BooleanClause.Occur.FILTER).build();
        }
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, base);
        filters.forEach((dim, values) -> values.forEach(v -> drillDown.add(dim, v)));
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, facetState);
        DrillSideways.DrillSidewaysResult result = sideways.search(drillDown, Math.max(1, talks.size()));
        Set<String> matching = new HashSet<>();
        for (ScoreDoc hit : result.hits.scoreDocs) {
            matching.add(talkIdByDoc[hit.doc]);
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (FacetDimension dim : FacetDimension.values()) {
            counts.put(dim.field(), childCounts(result.facets, dim.field()));
        }
        return new FacetCounts(matching, counts);
    }

    private static Map<String, Integer> childCounts(Facets facets, String dim) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
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
        return out;
    }

    /** A talk's highlighted fragments per field (null where the talk has no text in a field). */
    Map<String, Fragment> highlightTalk(String[] fields, Query query, String talkId, int passages)
            throws IOException {
        Map<String, Fragment> out = new LinkedHashMap<>();
        highlight(fields, query, new int[] {talkDocs.get(talkId)}, passages)
                .forEach((field, perDoc) -> out.put(field, (Fragment) perDoc[0]));
        return out;
    }

    /** The transcript field of some passages of a talk, highlighted, in the order of {@code ordinals}. */
    List<Fragment> highlightPassages(Query query, String talkId, List<Integer> ordinals) throws IOException {
        int[] docs = ordinals.stream().mapToInt(o -> passageDocs.get(talkId).get(o)).toArray();
        Object[] perDoc = highlight(new String[] {Fields.TRANSCRIPT}, query, docs, 1).get(Fields.TRANSCRIPT);
        List<Fragment> out = new ArrayList<>();
        for (Object fragment : perDoc) {
            out.add((Fragment) fragment);
        }
        return out;
    }

    private Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int passages)
            throws IOException {
        int[] maxPassages = new int[fields.length];
        java.util.Arrays.fill(maxPassages, passages);
        return highlighter.fragments(fields, query, docIds, maxPassages);
    }

    private void loadIds() throws IOException {
        StoredFields stored = searcher.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        Set<String> fields = Set.of(Fields.ID, Fields.ORDINAL);
        for (int doc = 0; doc < talkIdByDoc.length; doc++) {
            Document d = stored.document(doc, fields);
            talkIdByDoc[doc] = d.get(Fields.ID);
            ordinalByDoc[doc] = d.getField(Fields.ORDINAL) == null ? -1
                    : d.getField(Fields.ORDINAL).numericValue().intValue();
            if (live != null && !live.get(doc)) {
                continue; // replaced by an incremental build: only the live copy is looked up
            }
            if (ordinalByDoc[doc] < 0) {
                talkDocs.put(talkIdByDoc[doc], doc);
            } else {
                passageDocs.computeIfAbsent(talkIdByDoc[doc], k -> new HashMap<>()).put(ordinalByDoc[doc], doc);
            }
        }
    }

    private Map<String, StoredTalk> loadTalks() throws IOException {
        Map<String, StoredTalk> out = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        Set<String> withTranscript = new HashSet<>();
        for (ScoreDoc hit : searcher.search(PASSAGES, Math.max(1, reader.maxDoc())).scoreDocs) {
            withTranscript.add(talkIdByDoc[hit.doc]);
        }
        Sort byDate = new Sort(new SortField(Fields.DATE_SORT, SortField.Type.LONG, true));
        Set<String> fields = Set.of(Fields.ID, Fields.TALK_JSON, Fields.INFERRED_TOPICS, Fields.DATASETS,
                Fields.VECTOR_BYTES);
        for (ScoreDoc hit : searcher.search(TALKS, Math.max(1, reader.maxDoc()), byDate).scoreDocs) {
            Document doc = stored.document(hit.doc, fields);
            String id = doc.get(Fields.ID);
            out.put(id, new StoredTalk(TalkJson.readTalk(doc.get(Fields.TALK_JSON)),
                    List.of(doc.getValues(Fields.INFERRED_TOPICS)), List.of(doc.getValues(Fields.DATASETS)),
                    TalkDocuments.fromBytes(doc.getBinaryValue(Fields.VECTOR_BYTES).bytes),
                    withTranscript.contains(id)));
        }
        return out;
    }

    /** Lucene scores a dot-product match as (1 + dot) / 2; callers think in dot products. */
    private static double asDotProduct(float luceneScore) {
        return 2.0 * luceneScore - 1.0;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Talks left after filtering, and the drill-sideways counts per dimension (value to count). */
    record FacetCounts(Set<String> matching, Map<String, Map<String, Integer>> counts) {
    }
}
